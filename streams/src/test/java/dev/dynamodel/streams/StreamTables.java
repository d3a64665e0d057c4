package dev.dynamodel.streams;

import dev.dynamodel.Dynamo;
import dev.dynamodel.Model;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** Tables with a stream, for the tests. */
final class StreamTables {
    private StreamTables() {
    }

    /**
     * Creates the model's table and turns its stream on. The stream is enabled by UpdateTable here
     * until createTable takes the view type from the entity's declaration (issue 16).
     */
    static void createWithStream(Model<?> model, StreamViewType view) {
        model.createTable();
        model.dynamo().client().updateTable(r -> r.tableName(model.tableName())
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(view)));
    }

    /** The same database with another table prefix, so each case has tables of its own. */
    static Dynamo withPrefix(Dynamo dynamo, String prefix) {
        return Dynamo.builder(dynamo.client()).tablePrefix(dynamo.tablePrefix() + prefix).build();
    }
}
