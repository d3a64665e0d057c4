package dev.dynamodel.examples;

import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocal;

/** A main that opens embedded DynamoDB Local and never closes it: the JVM must still exit. */
public final class ForgetsToClose {
    private ForgetsToClose() {
    }

    public static void main(String[] args) {
        Dynamo dynamo = DynamoLocal.embedded();
        BookModel.of(dynamo).createTable();
        System.out.println("tables: " + dynamo.client().listTables().tableNames());
    }
}
