package dev.dynamodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocal;
import org.junit.jupiter.api.Test;

class ConnectingTest {

    @Test
    void books_withEnvironment_usesPrefixedTableOnTheGivenClient() {
        try (Dynamo local = DynamoLocal.embedded()) {
            BookModel staging = Connecting.books(local.client(), "staging");
            BookModel production = Connecting.books(local.client(), "production");

            staging.createTable();

            assertEquals("staging_Books", staging.tableName());
            assertTrue(staging.tableExists());
            assertFalse(production.tableExists(), "environments must not share a table");
            assertEquals("staging_Books", local.client().listTables().tableNames().get(0));
        }
    }
}
