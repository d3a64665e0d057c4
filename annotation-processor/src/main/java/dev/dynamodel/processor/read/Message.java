package dev.dynamodel.processor.read;

/**
 * Every diagnostic the processor reports, in one catalogue, phrased as the rule that was broken
 * and, where there is one, the fix. The tag in brackets is stable so that tests and users can
 * search for it: DYN001-DYN099 for the shape of a declaration (keys, tables, indexes, versions),
 * DYN100-DYN199 for write rules (validation, defaults, converters, timestamps, TTL, unknown
 * attributes), DYN999 for the processor's own failure.
 */
public enum Message {
    // Declarations: type shape, fields, keys, tables, indexes, versions.
    NO_HASH_KEY("DYN001", "@Entity %s needs exactly one @HashKey field or record component; none is declared"),
    TWO_HASH_KEYS("DYN002", "@HashKey must be on exactly one field or record component of an @Entity; %s already has it"),
    TWO_RANGE_KEYS("DYN003", "@RangeKey may be on at most one field or record component of an @Entity; %s already has it"),
    KEY_NOT_SCALAR("DYN004", "a key must be a string, number or binary type (String, a number, enum, UUID, date-time, byte[]); %s is %s"),
    UNSUPPORTED_TYPE("DYN005", "type %s of %s cannot be stored; supported are String, numbers, boolean, byte[], SdkBytes, "
            + "enums, UUID, Instant, LocalDate, LocalDateTime, OffsetDateTime, List, Set, Map<String, ?> and types "
            + "annotated @Document or @Entity"),
    DUPLICATE_ATTRIBUTE("DYN006", "stored attribute name \"%s\" is already used by %s; give one of them another @Attribute name"),
    NOT_CONSTRUCTIBLE("DYN007", "%s must be a record, or a class with an accessible no-argument constructor, or with an "
            + "accessible constructor taking every stored field in declaration order"),
    GENERIC_TYPE("DYN008", "%s must not be generic: an @Entity or @Document is stored with one fixed shape"),
    NOT_A_CLASS("DYN009", "@%s applies to records and classes; %s is %s"),
    ABSTRACT_TYPE("DYN010", "@%s type %s must not be abstract"),
    INNER_CLASS("DYN011", "@%s type %s is an inner class; make it static so that generated code can create it"),
    PRIVATE_TYPE("DYN012", "@%s type %s must not be private: the generated classes beside it must reach it"),
    PRIVATE_ENCLOSING_TYPE("DYN012", "@%s type %s is nested in private class %s: the generated classes beside it must "
            + "reach it; make %s non-private"),
    KEY_ON_DOCUMENT("DYN013", "@%s is only meaningful on an @Entity; %s is a @Document"),
    BLANK_ATTRIBUTE_NAME("DYN014", "@Attribute name must not be blank"),
    NO_READ_ACCESS("DYN015", "field %s must be readable by generated code: add a non-private getter %s() or make the field non-private"),
    NO_WRITE_ACCESS("DYN016", "field %s must be writable by generated code: add a non-private setter %s(...) or make the field non-private and non-final"),
    KEY_IGNORED("DYN017", "a key field cannot be @Ignore'd"),
    INVALID_TABLE_NAME("DYN018", "table name \"%s\" is invalid: DynamoDB table names are 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'"),
    INVALID_INDEX_NAME("DYN020", "index name \"%s\" is invalid: DynamoDB index names are 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'"),
    DUPLICATE_INDEX("DYN021", "index name \"%s\" is declared twice in %s; index names must be unique within a table"),
    UNKNOWN_INDEX_ATTRIBUTE("DYN022", "%s \"%s\" of index \"%s\" names no stored field of %s"),
    INDEX_ATTRIBUTE_BY_STORED_NAME("DYN022", "%s \"%s\" of index \"%s\" is a stored attribute name; %s names fields "
            + "by their Java name: use \"%s\""),
    LOCAL_INDEX_WITHOUT_RANGE_KEY("DYN023", "local index \"%s\" needs a table with a @RangeKey: a local index shares the table's partition key and sorts by another attribute"),
    INDEX_KEY_NOT_SCALAR("DYN024", "index \"%s\" key %s must be a string, number or binary type; it is %s"),
    INDEX_INCLUDE_MISMATCH("DYN025", "index \"%s\": include lists the non-key fields of an INCLUDE projection; give include with projection = INCLUDE, and only then"),
    INDEX_ON_DOCUMENT("DYN026", "indexes are declared on @Entity fields; %s is a @Document"),
    VERSION_TYPE("DYN027", "@Version must be on a long, Long, int or Integer field; %s is %s"),
    TWO_VERSIONS("DYN028", "@Version may be on at most one field; %s already has it"),
    VERSION_MISPLACED("DYN029", "@Version belongs on a non-key field of an @Entity; %s"),
    ANNOTATION_ON_UNSTORED_FIELD("DYN030", "@%s is only meaningful on a stored field; %s is %s, so it is not stored: "
            + "remove the annotation or the %s modifier"),
    INDEX_SORT_KEY_IS_PARTITION_KEY("DYN031", "index \"%s\": sortKey names %s, the index's own partition key; "
            + "an index's sort key must be another field"),
    INDEX_TOO_MANY_KEY_ATTRIBUTES("DYN060", "index \"%s\": %s names %d fields; an index key has at most 4 "
            + "attributes for its partition key and 4 for its sort key"),
    INDEX_KEY_ATTRIBUTE_TWICE("DYN061", "index \"%s\": %s is named twice in the index's key; each attribute is in "
            + "the partition key or the sort key, once"),
    INDEX_PARTITION_KEY_ORDER("DYN062", "index \"%s\": partitionKey lists the partition key's fields in order, "
            + "starting with %s, the field @GlobalIndex is on; found %s"),
    LOCAL_INDEX_ON_HASH_KEY("DYN032", "local index \"%s\" on %s, the table's partition key: a local index keeps the "
            + "table's partition key and sorts by another field; put @LocalIndex on that field"),
    TABLE_KEY_CONFLICT("DYN033", "table \"%s\" is also declared by %s with key %s, but %s declares key %s: entities "
            + "that share a table must declare the same key attribute names and types; align the keys or use "
            + "another table"),
    TABLE_CAPACITY_PAIR("DYN034", "@Table readCapacity and writeCapacity go together: give both, each at least 1, "
            + "for provisioned billing, or neither for on-demand; found readCapacity = %d, writeCapacity = %d"),
    INDEX_CAPACITY_PAIR("DYN035", "index \"%s\": readCapacity and writeCapacity go together: give both, each at "
            + "least 1, or neither for the table's throughput; found readCapacity = %d, writeCapacity = %d"),
    INDEX_CAPACITY_ON_DEMAND("DYN036", "index \"%s\" gives its own capacity, but table %s is on-demand: give "
            + "@Table readCapacity and writeCapacity for provisioned billing, or remove them from the index"),
    KMS_KEY_MISMATCH("DYN037", "@Table kmsKey names a customer managed key: give a kmsKey with encryption = "
            + "CUSTOMER_MANAGED, and only then"),
    INVALID_TAG_KEY("DYN038", "@Table tag key \"%s\" is invalid: a tag key is 1 to 128 characters and must not "
            + "start with \"aws:\""),
    TAG_VALUE_TOO_LONG("DYN038", "@Table tag \"%s\": a tag value is at most 256 characters; it has %d"),
    DUPLICATE_TAG("DYN039", "@Table tag key \"%s\" is given twice; tag keys must be unique"),
    TABLE_ON_DOCUMENT("DYN019", "@Table is only meaningful on an @Entity; %s is a @Document"),

    // Single-table families: @Family, @KeyTemplate, @IndexKeyTemplate, @EntityType.
    FAMILY_NOT_SEALED("DYN040", "@Family must be on a sealed interface; %s is not one: declare it 'sealed interface ... permits ...'"),
    FAMILY_MEMBER_NOT_ENTITY("DYN041", "%s is permitted by @Family %s but is not an @Entity with @KeyTemplate; every "
            + "member of a family is an entity of its table: annotate it, or remove it from 'permits'"),
    DUPLICATE_TYPE_NAME("DYN042", "type name \"%s\" of %s is also the type name of %s in family %s; type names must be "
            + "unique within a family: give one of them another @EntityType"),
    TEMPLATE_WITHOUT_FAMILY("DYN043", "@%s is for members of a @Family; %s implements no interface annotated @Family"),
    TEMPLATE_MALFORMED("DYN044", "template \"%s\" is malformed: %s"),
    TEMPLATE_UNKNOWN_FIELD("DYN045", "template \"%s\" names {%s}, which is no stored field of %s; templates name fields by their Java name"),
    TEMPLATE_FIELD_TYPE("DYN046", "template field %s must be a String, char, enum, UUID, Instant, LocalDate, LocalDateTime "
            + "or whole number (int, long, short, byte), whose text sorts in value order; it is %s"),
    SORT_TEMPLATE_MISMATCH("DYN047", "%s: the %s of family %s %s"),
    INDEX_TEMPLATE_UNKNOWN_INDEX("DYN048", "index \"%s\" is not declared by @Family %s; its indexes are %s"),
    FAMILY_ATTRIBUTE_CLASH("DYN049", "stored attribute \"%s\" of %s is also the %s of family %s: rename the field with @Attribute"),
    KEY_ANNOTATION_IN_FAMILY("DYN050", "@%s on %s: a family member's keys and indexes come from @KeyTemplate and "
            + "@IndexKeyTemplate; remove it"),
    MEMBER_TABLE_MISMATCH("DYN051", "@Entity %s declares table \"%s\", but its family %s is on table \"%s\"; leave "
            + "the member's table empty"),
    POLYMORPHIC_NOT_SEALED("DYN053", "@Document on interface %s declares a polymorphic document: the interface must be "
            + "sealed and permit only @Document records or classes; %s"),
    TWO_FAMILIES("DYN052", "%s implements two @Family interfaces, %s and %s; an entity belongs to one family"),

    // Write rules: validation, defaults, converters, timestamps, TTL, unknown attributes.
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
    TWO_DEFAULTS("DYN123", "a field takes one default: @Default, @DefaultSupplier or @AutoId, not two"),
    SUPPLIER_TYPE("DYN124", "@DefaultSupplier class %s must implement Supplier<V> or Function<%s, V>, with V assignable to %s"),
    NOT_REBUILDABLE("DYN125", "%s is rebuilt to apply defaults or timestamps, but its constructor argument %s cannot be "
            + "read back: add a non-private getter"),

    AUTO_ID_TYPE("DYN126", "@AutoId(%s) makes %s; %s is %s: declare it %s"),

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
            + "add a non-private getter and setter, or make the field non-private"),

    // The processor itself.
    MODEL_INDEX("DYN190", "could not write the model index %s (the list of generated models that the Spring Boot starter "
            + "reads): %s"),
    UNEXPECTED("DYN999", "the Dynamodel processor failed on %s (this is a bug, please report it): %s");

    private final String tag;
    private final String format;

    Message(String tag, String format) {
        this.tag = tag;
        this.format = format;
    }

    /** The message text with its tag, such as {@code [DYN001] @Entity Movie needs ...}. */
    public String format(Object... args) {
        return "[" + tag + "] " + String.format(format, args);
    }
}
