package dev.dynamodel.examples.lambda;

import dev.dynamodel.Dynamo;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

// tag::static-init[]
/**
 * What a deployed function runs on, built once when Lambda initialises the execution environment:
 * every invocation that environment serves reuses the client and the models. A class of its own so
 * that tests, which pass a {@link Backend} over DynamoDB Local, never build an AWS client.
 */
final class Production {
    static final Backend BACKEND = Backend.of(Dynamo.of(DynamoDbClient.create()));

    private Production() {
    }
}
// end::static-init[]
