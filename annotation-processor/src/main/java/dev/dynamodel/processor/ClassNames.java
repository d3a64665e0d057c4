package dev.dynamodel.processor;

/**
 * The qualified names of every Dynamodel annotation and runtime type the processor reads, in one
 * place. The processor reads annotations through mirrors and compares these names: it never loads
 * the classes, so it needs no dependency on core. (The types generated code refers to are named
 * for JavaPoet in {@code write.RuntimeTypes}.)
 */
public final class ClassNames {
    /** The package of Dynamodel's own annotations. */
    public static final String ANNOTATION_PACKAGE = "dev.dynamodel.annotation";

    public static final String ENTITY = "dev.dynamodel.annotation.Entity";
    public static final String DOCUMENT = "dev.dynamodel.annotation.Document";
    public static final String HASH_KEY = "dev.dynamodel.annotation.HashKey";
    public static final String RANGE_KEY = "dev.dynamodel.annotation.RangeKey";
    public static final String ATTRIBUTE = "dev.dynamodel.annotation.Attribute";
    public static final String IGNORE = "dev.dynamodel.annotation.Ignore";
    public static final String VERSION = "dev.dynamodel.annotation.Version";
    public static final String GLOBAL_INDEX = "dev.dynamodel.annotation.GlobalIndex";
    public static final String GLOBAL_INDEXES = "dev.dynamodel.annotation.GlobalIndexes";
    public static final String LOCAL_INDEX = "dev.dynamodel.annotation.LocalIndex";
    public static final String LOCAL_INDEXES = "dev.dynamodel.annotation.LocalIndexes";
    public static final String DEFAULT = "dev.dynamodel.annotation.Default";
    public static final String DEFAULT_SUPPLIER = "dev.dynamodel.annotation.DefaultSupplier";
    public static final String AUTO_ID = "dev.dynamodel.annotation.AutoId";
    public static final String CONVERT = "dev.dynamodel.annotation.Convert";
    public static final String VALIDATE_WITH = "dev.dynamodel.annotation.ValidateWith";
    public static final String ONE_OF = "dev.dynamodel.annotation.OneOf";
    public static final String TIMESTAMPS = "dev.dynamodel.annotation.Timestamps";
    public static final String TTL = "dev.dynamodel.annotation.Ttl";
    public static final String UNKNOWN = "dev.dynamodel.annotation.Unknown";
    public static final String TABLE = "dev.dynamodel.annotation.Table";
    public static final String FAMILY = "dev.dynamodel.annotation.Family";
    public static final String KEY_TEMPLATE = "dev.dynamodel.annotation.KeyTemplate";
    public static final String INDEX_KEY_TEMPLATE = "dev.dynamodel.annotation.IndexKeyTemplate";
    public static final String INDEX_KEY_TEMPLATES = "dev.dynamodel.annotation.IndexKeyTemplates";
    public static final String ENTITY_TYPE = "dev.dynamodel.annotation.EntityType";

    /** The interfaces a user's converter and validator classes implement. */
    public static final String ATTRIBUTE_CONVERTER = "dev.dynamodel.AttributeConverter";
    public static final String VALIDATOR = "dev.dynamodel.Validator";

    /** The converters {@code @Timestamps} and {@code @Ttl} imply for an {@code Instant}. */
    public static final String EPOCH_MILLIS_CONVERTER = "dev.dynamodel.convert.EpochMillisConverter";
    public static final String EPOCH_SECONDS_CONVERTER = "dev.dynamodel.convert.EpochSecondsConverter";

    /** AWS SDK types a declaration may use directly. */
    public static final String ATTRIBUTE_VALUE = "software.amazon.awssdk.services.dynamodb.model.AttributeValue";
    public static final String SDK_BYTES = "software.amazon.awssdk.core.SdkBytes";

    /** The packages of the standard constraints, recognised by name: jakarta.validation and the older javax. */
    public static final String JAKARTA_CONSTRAINTS = "jakarta.validation.constraints";
    public static final String JAVAX_CONSTRAINTS = "javax.validation.constraints";

    private ClassNames() {
    }
}
