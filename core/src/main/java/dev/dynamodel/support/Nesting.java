package dev.dynamodel.support;

import dev.dynamodel.exception.ItemMappingException;
import dev.dynamodel.exception.ValidationException;
import dev.dynamodel.exception.Violation;
import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.support.Violations;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Stops the conversion of documents nested deeper than DynamoDB can store before the recursion
 * exhausts the stack. A recursive document type (a tree) can be built thousands of levels deep in
 * Java, and an item from elsewhere than DynamoDB (a test, a stream image) can be as deep; DynamoDB
 * itself stores {@value StoredValues#MAX_LEVELS} levels at most, so anything deeper is refused,
 * not converted. Each nested document is one map level, so a document nested more than
 * {@value #MAX_DOCUMENTS} deep is over the limit whatever else it holds.
 *
 * <p>For generated code only: not an API, may change in any release without notice.
 *
 * <p>The depth is counted per thread: a conversion runs on the caller's thread from start to end.
 */
public final class Nesting {
    /** How deep documents can nest in an item: each is a map, and an attribute holds 31 maps and lists at most. */
    static final int MAX_DOCUMENTS = StoredValues.MAX_LEVELS - 1;

    /** Where a lenient conversion stopped: never sent, since {@link StoredValues} reports it first. */
    private static final AttributeValue CUT = AttributeValue.fromM(Map.of());

    /** A subclass, not {@code withInitial(Depth::new)}: this runs at the first conversion, where a lambda costs start-up time. */
    private static final ThreadLocal<Depth> DEPTH = new ThreadLocal<>() {
        @Override
        protected Depth initialValue() {
            return new Depth();
        }
    };

    private Nesting() {
    }

    private static final class Depth {
        int documents;
        boolean lenient;
    }

    /**
     * A value nested too deep to convert or validate: a {@link ValidationException} of no entity
     * ({@code "Value"}), since neither step knows which entity it serves. The write pipeline
     * replaces it with one that names the entity, and the path where the conversion could not
     * ({@link #namingThePath}); {@code Violations} knows the path and gives it.
     */
    public static final class TooDeep extends ValidationException {
        TooDeep() {
            this(List.of(new Violation("", StoredValues.DEPTH_RULE, StoredValues.DEPTH_MESSAGE)));
        }

        /** @param violations what was found, the last one where it was too deep */
        public TooDeep(List<Violation> violations) {
            super("Value", violations);
        }
    }

    /** {@code toItem(value)} as a map attribute, one document deeper. */
    public static <T> AttributeValue encode(T value, Function<T, Map<String, AttributeValue>> toItem) {
        Depth depth = DEPTH.get();
        if (depth.documents >= MAX_DOCUMENTS) {
            if (depth.lenient) {
                return CUT;
            }
            throw new TooDeep();
        }
        depth.documents++;
        try {
            return AttributeValue.fromM(toItem.apply(value));
        } finally {
            depth.documents--;
        }
    }

    /**
     * {@code applyDefaults(value)}, one document deeper. Past the limit the value is
     * returned as it is: it cannot be written anyway, and the conversion refuses it with its path.
     */
    public static <T> T applyDefaults(T value, UnaryOperator<T> applyDefaults) {
        Depth depth = DEPTH.get();
        if (depth.documents >= MAX_DOCUMENTS) {
            return value;
        }
        depth.documents++;
        try {
            return applyDefaults.apply(value);
        } finally {
            depth.documents--;
        }
    }

    /** {@code fromItem(map)}, one document deeper. */
    public static <T> T decode(Map<String, AttributeValue> map, Function<Map<String, AttributeValue>, T> fromItem) {
        Depth depth = DEPTH.get();
        if (depth.documents >= MAX_DOCUMENTS) {
            throw new ItemMappingException(StoredValues.DEPTH_MESSAGE);
        }
        depth.documents++;
        try {
            return fromItem.apply(map);
        } finally {
            depth.documents--;
        }
    }

    /**
     * Runs a conversion that failed with {@link TooDeep} again, cutting it off at the limit instead
     * of failing, so that {@link StoredValues} can name the entity and the path of the first level
     * too deep; the cut-off item is only looked at, never sent.
     */
    public static ValidationException namingThePath(String entity, TooDeep failure,
                                                    Supplier<Map<String, AttributeValue>> conversion) {
        List<Violation> found = StoredValues.violations(cutAtTheLimit(conversion));
        return new ValidationException(entity, found.isEmpty() ? failure.violations() : found);
    }

    /**
     * As {@link #namingThePath(String, TooDeep, Supplier)} for one attribute's value (an update's,
     * a condition's), which knows its path but not its entity.
     */
    public static TooDeep namingThePath(AttributePath path, TooDeep failure, Supplier<AttributeValue> conversion) {
        Violations violations = new Violations(Clock.systemUTC());
        StoredValues.check(path, cutAtTheLimit(conversion), violations);
        return violations.isEmpty() ? failure : new TooDeep(violations.list());
    }

    private static <V> V cutAtTheLimit(Supplier<V> conversion) {
        Depth depth = DEPTH.get();
        depth.lenient = true;
        try {
            return conversion.get();
        } finally {
            depth.lenient = false;
        }
    }
}
