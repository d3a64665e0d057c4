package dev.dynamodel.examples;

import dev.dynamodel.Dynamo;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * How an application reaches its tables through its own {@link DynamoDbClient}, with a table
 * prefix per environment. The example itself runs on DynamoDB Local; this shows the production
 * wiring, and its test runs it against DynamoDB Local too.
 *
 * <pre>{@code
 * BookModel books = Connecting.books(DynamoDbClient.create(), "staging");
 * books.tableName();   // "staging_Books"
 * }</pre>
 */
public final class Connecting {
    private Connecting() {
    }

    /** The books of one environment: its tables are named {@code <environment>_<table>}. */
    public static BookModel books(DynamoDbClient client, String environment) {
        // tag::prefix[]
        Dynamo dynamo = Dynamo.builder(client)
                .tablePrefix(environment + "_")
                .build();
        BookModel books = BookModel.of(dynamo);   // table "staging_Books" when environment is "staging"
        // end::prefix[]
        return books;
    }
}
