package dev.dynamodel.processor.read;

/**
 * The diagnostics of write rules (validation, defaults, converters, timestamps, TTL, unknown
 * attributes), phrased as the rule that was broken and, where there is one, the fix. Tags
 * DYN100-DYN199, kept apart from {@link Message} so both can grow independently.
 */
public enum RuleMessage {
    CONSTRAINT_NOT_APPLICABLE("DYN100", "@%s applies to %s; %s is %s"),
    NULL_CHECK_ON_PRIMITIVE("DYN101", "@%s on %s can never fail: a primitive %s is never null; use its wrapper type or remove it"),
    SIZE_BOUNDS("DYN102", "@%s needs 0 <= min <= max; found min = %d, max = %d"),
    NOT_A_DECIMAL("DYN103", "@%s value \"%s\" is not a decimal number"),
    BAD_REGEX("DYN104", "@%s regexp does not compile: %s"),
    DIGITS_BOUNDS("DYN105", "@Digits needs integer >= 0 and fraction >= 0; found integer = %d, fraction = %d"),
    ONE_OF_EMPTY("DYN106", "@OneOf needs at least one value"),
    ONE_OF_NOT_A_CONSTANT("DYN107", "@OneOf value \"%s\" is not a constant of enum %s"),
    VALIDATOR_TYPE("DYN108", "validator %s checks %s, which does not accept %s"),
    NEEDS_INSTANCE("DYN109", "%s %s must be a public, non-abstract class with an accessible no-argument constructor: "
            + "generated code creates it with new"),
    RULE_ON_IGNORED("DYN110", "@%s on an @Ignore'd field is never applied; remove one of them"),

    DEFAULT_TYPE("DYN120", "@Default applies to strings, characters, booleans, numbers, enums, UUIDs and date-times; "
            + "%s is %s: use @DefaultSupplier"),
    BAD_DEFAULT("DYN121", "@Default(\"%s\") is not a valid %s: %s"),
    DEFAULT_ON_PRIMITIVE("DYN122", "@%s on primitive %s never applies, since a primitive is never null: "
            + "use force = true, or its wrapper type"),
    TWO_DEFAULTS("DYN123", "a field takes @Default or @DefaultSupplier, not both"),
    SUPPLIER_TYPE("DYN124", "@DefaultSupplier class %s must implement Supplier<V> or Function<%s, V>, with V assignable to %s"),
    NOT_REBUILDABLE("DYN125", "%s is rebuilt to apply defaults or timestamps, but its constructor argument %s cannot be "
            + "read back: add a non-private getter"),

    CONVERTER_TYPES("DYN130", "converter %s must implement AttributeConverter<J, S> with concrete types J and S"),
    CONVERTER_STORED_TYPE("DYN131", "converter %s stores %s, which cannot be stored; store a String, number, boolean, "
            + "byte[], List, Set, Map<String, ?> or @Document type"),
    CONVERTER_UNUSED("DYN132", "converter %s converts %s, which does not occur in the type %s of %s"),
    TWO_CONVERTERS("DYN133", "converters %s and %s both convert %s; keep one"),

    TIMESTAMPS_ON_DOCUMENT("DYN140", "@Timestamps is only meaningful on an @Entity; %s is a @Document"),
    TIMESTAMP_FIELD_MISSING("DYN141", "@Timestamps %s = \"%s\" names no stored field of %s"),
    TIMESTAMP_FIELD_TYPE("DYN142", "timestamp field %s must be Instant, long or Long; it is %s"),
    TIMESTAMP_ISO_NEEDS_INSTANT("DYN143", "ISO_8601 storage needs an Instant field; %s is %s"),
    TIMESTAMP_SAME_FIELD("DYN144", "@Timestamps createdAt and updatedAt must name different fields; both name %s"),
    RULE_ON_MANAGED("DYN145", "@%s cannot be on %s: %s"),

    TTL_ON_DOCUMENT("DYN150", "@Ttl is only meaningful on an @Entity; %s is a @Document"),
    TTL_TYPE("DYN151", "@Ttl field %s must be Instant, long or Long (epoch seconds); it is %s"),
    TWO_TTLS("DYN152", "an @Entity has at most one @Ttl field; %s already has it"),
    TTL_ON_KEY("DYN153", "@Ttl cannot be on a key attribute"),

    UNKNOWN_TYPE("DYN160", "@Unknown field %s must be Map<String, AttributeValue>; it is %s"),
    TWO_UNKNOWNS("DYN161", "a type has at most one @Unknown field; %s already has it"),
    UNKNOWN_COMBINED("DYN162", "@Unknown cannot be combined with @%s: the field holds the attributes no other field declares"),
    UNKNOWN_NOT_ACCESSIBLE("DYN163", "@Unknown field %s must be readable and writable by generated code: "
            + "add a non-private getter and setter, or make the field non-private");

    private final String tag;
    private final String format;

    RuleMessage(String tag, String format) {
        this.tag = tag;
        this.format = format;
    }

    /** The message text with its tag, such as {@code [DYN100] @Pattern applies to ...}. */
    public String format(Object... args) {
        return "[" + tag + "] " + String.format(format, args);
    }
}
