package dev.dynamodel.processor.write;

import com.palantir.javapoet.ClassName;

/**
 * The runtime types generated code refers to, by name: the processor does not depend on core.
 */
final class RuntimeTypes {
    static final ClassName CODECS = ClassName.get("dev.dynamodel.support", "Codecs");
    static final ClassName TEMPORALS = ClassName.get("dev.dynamodel.support", "Temporals");
    static final ClassName KEYS = ClassName.get("dev.dynamodel.support", "Keys");
    static final ClassName DOCUMENT_SCHEMA = ClassName.get("dev.dynamodel.schema", "DocumentSchema");
    static final ClassName ENTITY_SCHEMA = ClassName.get("dev.dynamodel.schema", "EntitySchema");
    static final ClassName KEY_ATTRIBUTE = ClassName.get("dev.dynamodel.schema", "KeyAttribute");
    static final ClassName MODEL = ClassName.get("dev.dynamodel", "Model");
    static final ClassName DYNAMO = ClassName.get("dev.dynamodel", "Dynamo");
    static final ClassName CONVERTED_SETS = ClassName.get("dev.dynamodel.support", "ConvertedSets");
    static final ClassName CHECKS = ClassName.get("dev.dynamodel.support", "Checks");
    static final ClassName DEFAULTS = ClassName.get("dev.dynamodel.support", "Defaults");
    static final ClassName IDS = ClassName.get("dev.dynamodel.id", "Ids");
    static final ClassName NESTING = ClassName.get("dev.dynamodel.support", "Nesting");
    static final ClassName READ_FAILURES = ClassName.get("dev.dynamodel.support", "ReadFailures");
    static final ClassName UNKNOWNS = ClassName.get("dev.dynamodel.support", "Unknowns");
    static final ClassName VIOLATIONS = ClassName.get("dev.dynamodel.support", "Violations");
    static final ClassName WRITE_KIND = ClassName.get("dev.dynamodel.schema", "WriteKind");
    static final ClassName INDEX_DEFINITION = ClassName.get("dev.dynamodel.schema", "IndexDefinition");
    static final ClassName TEMPLATE = ClassName.get("dev.dynamodel.schema", "Template");
    static final ClassName FAMILY_MEMBER = ClassName.get("dev.dynamodel.schema", "FamilyMember");
    static final ClassName FAMILY_SCHEMA = ClassName.get("dev.dynamodel.schema", "FamilySchema");
    static final ClassName PARTITION_KEY = ClassName.get("dev.dynamodel.schema", "PartitionKey");
    static final ClassName FAMILY_MODEL = ClassName.get("dev.dynamodel", "FamilyModel");
    static final ClassName FAMILIES = ClassName.get("dev.dynamodel.support", "Families");
    static final ClassName ATTRIBUTE = ClassName.get("dev.dynamodel.schema", "Attribute");
    static final ClassName COMPARABLE_ATTRIBUTE = ClassName.get("dev.dynamodel.schema", "ComparableAttribute");
    static final ClassName STRING_ATTRIBUTE = ClassName.get("dev.dynamodel.schema", "StringAttribute");
    static final ClassName LIST_ATTRIBUTE = ClassName.get("dev.dynamodel.schema", "ListAttribute");
    static final ClassName SET_ATTRIBUTE = ClassName.get("dev.dynamodel.schema", "SetAttribute");
    static final ClassName MAP_ATTRIBUTE = ClassName.get("dev.dynamodel.schema", "MapAttribute");
    static final ClassName DOCUMENT_ATTRIBUTE = ClassName.get("dev.dynamodel.schema", "DocumentAttribute");
    static final ClassName ATTRIBUTE_PATH = ClassName.get("dev.dynamodel.condition", "AttributePath");
    static final ClassName CONDITION = ClassName.get("dev.dynamodel.condition", "Condition");
    static final ClassName UPDATE = ClassName.get("dev.dynamodel.update", "Update");
    static final ClassName UPDATE_ACTION = ClassName.get("dev.dynamodel.support", "UpdateAction");
    static final ClassName GET = ClassName.get("dev.dynamodel.query", "Get");
    static final ClassName ASYNC_GET = ClassName.get("dev.dynamodel.query", "AsyncGet");
    static final ClassName ASYNC_MODEL = ClassName.get("dev.dynamodel", "AsyncModel");
    static final ClassName MODEL_FACTORY = ClassName.get("dev.dynamodel", "ModelFactory");

    static final ClassName ATTRIBUTE_VALUE =
            ClassName.get("software.amazon.awssdk.services.dynamodb.model", "AttributeValue");
    static final ClassName SCALAR_ATTRIBUTE_TYPE =
            ClassName.get("software.amazon.awssdk.services.dynamodb.model", "ScalarAttributeType");

    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    static final ClassName MAP = ClassName.get("java.util", "Map");
    static final ClassName HASH_MAP = ClassName.get("java.util", "HashMap");
    static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
    static final ClassName COMPLETABLE_FUTURE = ClassName.get("java.util.concurrent", "CompletableFuture");
    static final ClassName INSTANT = ClassName.get("java.time", "Instant");
    static final ClassName LOCAL_DATE = ClassName.get("java.time", "LocalDate");
    static final ClassName LOCAL_DATE_TIME = ClassName.get("java.time", "LocalDateTime");
    static final ClassName OFFSET_DATE_TIME = ClassName.get("java.time", "OffsetDateTime");
    static final ClassName BIG_DECIMAL = ClassName.get("java.math", "BigDecimal");

    private RuntimeTypes() {
    }
}
