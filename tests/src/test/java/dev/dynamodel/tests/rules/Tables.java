package dev.dynamodel.tests.rules;

import dev.dynamodel.Dynamo;
import dev.dynamodel.Model;
import dev.dynamodel.tests.support.CountingClient;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Helpers shared by the write-rule tests: the raw items of a table, and runtimes with a fixed clock or a counter. */
final class Tables {
    private Tables() {
    }

    /** Every item in the model's table, read with a plain scan, as DynamoDB holds them. */
    static List<Map<String, AttributeValue>> items(Dynamo dynamo, Model<?> model) {
        return dynamo.client().scan(b -> b.tableName(model.tableName()).consistentRead(true)).items();
    }

    /** The raw stored item with this key, or null. */
    static Map<String, AttributeValue> item(Dynamo dynamo, Model<?> model, Map<String, AttributeValue> key) {
        var response = dynamo.client().getItem(b -> b.tableName(model.tableName()).key(key).consistentRead(true));
        return response.hasItem() ? response.item() : null;
    }

    /** The same database and table prefix, with another clock. */
    static Dynamo withClock(Dynamo dynamo, Clock clock) {
        return Dynamo.builder(dynamo.client()).asyncClient(dynamo.asyncClient()).tablePrefix(dynamo.tablePrefix())
                .clock(clock).build();
    }

    /** The same database and table prefix, counting item requests. */
    static Dynamo counting(Dynamo dynamo, CountingClient client) {
        return Dynamo.builder(client).tablePrefix(dynamo.tablePrefix()).build();
    }
}
