package dev.dynamodel.examples.lambda;

import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** The example's tables on DynamoDB Local, as its deployment would create them. */
final class LocalTables {
    private LocalTables() {
    }

    /**
     * Creates both tables; the Tasks table with the stream TaskCounter reads. The stream is enabled
     * by UpdateTable here until createTable takes the view type from the declaration (issue 16).
     */
    static void create(Backend backend) {
        // tag::stream[]
        backend.tasks().createTable();
        backend.tasks().dynamo().client().updateTable(r -> r.tableName(backend.tasks().tableName())
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)));
        // end::stream[]
        backend.lists().createTable();
    }
}
