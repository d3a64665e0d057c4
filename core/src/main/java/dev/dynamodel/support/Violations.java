package dev.dynamodel.support;

import dev.dynamodel.exception.ValidationException;
import dev.dynamodel.exception.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Collects the violations of one value as generated {@code validate} methods walk it. It keeps the
 * path to the value being checked as a small stack, and builds path strings only when a violation
 * is added, so that a valid entity costs no string work at all.
 *
 * <pre>{@code
 * Violations violations = new Violations(Clock.systemUTC());
 * MemberSchema.INSTANCE.validate(member, violations);
 * violations.list();                     // [email: must be a well-formed email address (Email)]
 * violations.throwIfAny("Member");       // ValidationException listing them all
 * }</pre>
 *
 * <p>Not thread-safe: one per validation.
 *
 * <p>For generated code only: not an API, may change in any release without notice.
 */
public final class Violations {
    private static final int INDEX = -1;
    /** A path of this many steps names a map or list at DynamoDB's last level: it can hold no more. */
    private static final int MAX_DEPTH = StoredValues.MAX_LEVELS;
    private static final String[] NO_NAMES = new String[0];
    private static final int[] NO_INDEXES = new int[0];

    private final Clock clock;
    // Allocated on the first step into a nested value: a flat entity needs no stack.
    private String[] names = NO_NAMES;
    private int[] indexes = NO_INDEXES;
    private int depth;
    private List<Violation> found;
    private Instant now;

    /** @param clock what {@code @Past}, {@code @Future} and their kin compare with */
    public Violations(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // ---- the path, driven by generated code

    /**
     * Steps into a named attribute or map key.
     *
     * @throws dev.dynamodel.exception.ValidationException listing what was found so far and a {@code Depth}
     *         violation, if the value stepped into is deeper than DynamoDB stores (32 levels):
     *         validation of a recursive type stops there
     */
    public void enter(String name) {
        push(name, INDEX);
    }

    /**
     * Steps into a list element.
     *
     * @throws dev.dynamodel.exception.ValidationException as {@link #enter} does
     */
    public void enterIndex(int index) {
        push(null, index);
    }

    /** Steps back out of the last {@link #enter} or {@link #enterIndex}. */
    public void leave() {
        depth--;
    }

    private void push(String name, int index) {
        if (depth == MAX_DEPTH) {
            // The value at the current path is a map or list at DynamoDB's last level: what it
            // holds is too deep (a recursive type built too deep). Stop before the generated
            // code's recursion exhausts the stack; the write pipeline names the entity.
            addHere(StoredValues.DEPTH_RULE, StoredValues.DEPTH_MESSAGE);
            throw new Nesting.TooDeep(found);
        }
        if (depth == names.length) {
            names = Arrays.copyOf(names, Math.max(8, depth * 2));
            indexes = Arrays.copyOf(indexes, Math.max(8, depth * 2));
        }
        names[depth] = name;
        indexes[depth] = index;
        depth++;
    }

    // ---- violations

    /** A violation of the named attribute (or map key) under the current path. */
    public void add(String name, String rule, String message) {
        record(path(name, INDEX), rule, message);
    }

    /** A violation of the list element at {@code index} under the current path. */
    public void addAt(int index, String rule, String message) {
        record(path(null, index), rule, message);
    }

    /** A violation of the value at the current path itself (a rule on a whole document). */
    public void addHere(String rule, String message) {
        record(path(null, Integer.MIN_VALUE), rule, message);
    }

    private void record(String path, String rule, String message) {
        if (found == null) {
            found = new ArrayList<>(4);
        }
        found.add(new Violation(path, rule, message));
    }

    private String path(String lastName, int lastIndex) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            append(out, names[i], indexes[i]);
        }
        if (lastIndex != Integer.MIN_VALUE) {
            append(out, lastName, lastIndex);
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String name, int index) {
        if (name != null) {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(name);
        } else {
            out.append('[').append(index).append(']');
        }
    }

    // ---- the time temporal rules compare with: read once per validation

    /** The current instant, read from the clock once. */
    public Instant now() {
        if (now == null) {
            now = clock.instant();
        }
        return now;
    }

    /** Today in the clock's time zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(now(), clock.getZone());
    }

    /** The current local date-time in the clock's time zone. */
    public LocalDateTime localNow() {
        return LocalDateTime.ofInstant(now(), clock.getZone());
    }

    // ---- results

    public boolean isEmpty() {
        return found == null;
    }

    /** The violations found so far, in the order they were added. */
    public List<Violation> list() {
        return found == null ? List.of() : List.copyOf(found);
    }

    /**
     * Throws if anything was found.
     *
     * @throws ValidationException listing every violation
     */
    public void throwIfAny(String entity) {
        if (found != null) {
            throw new ValidationException(entity, found);
        }
    }
}
