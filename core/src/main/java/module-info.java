/**
 * Dynamodel's runtime: the API a user starts from ({@code dev.dynamodel}), the annotations, and
 * the one package generated code calls ({@code dev.dynamodel.support}). {@code dev.dynamodel.internal}
 * is not exported. See {@code docs/architecture.md}.
 */
module dev.dynamodel.core {
    // Transitive: the API's signatures use the SDK's AttributeValue, DynamoDbClient and exceptions.
    requires transitive software.amazon.awssdk.services.dynamodb;
    // The SDK's jars are automatic modules, which declare no dependencies: name the two whose
    // types core's API uses (SdkException, SdkBytes, AwsServiceException), so that they are read.
    requires transitive software.amazon.awssdk.core;
    requires transitive software.amazon.awssdk.awscore;
    requires org.slf4j;

    exports dev.dynamodel;
    exports dev.dynamodel.annotation;
    exports dev.dynamodel.batch;
    exports dev.dynamodel.condition;
    exports dev.dynamodel.convert;
    exports dev.dynamodel.exception;
    exports dev.dynamodel.id;
    exports dev.dynamodel.observe;
    exports dev.dynamodel.query;
    exports dev.dynamodel.schema;
    exports dev.dynamodel.support;
    exports dev.dynamodel.table;
    exports dev.dynamodel.transaction;
    exports dev.dynamodel.update;
}
