package dev.dynamodel;

import dev.dynamodel.query.AsyncCollectionQuery;
import dev.dynamodel.schema.PartitionKey;

/**
 * A family's collections without blocking, through the runtime's {@code DynamoDbAsyncClient}: the
 * same requests and handling of unknown types as {@link FamilyModel}'s. Get one with
 * {@code familyModel.async()}.
 *
 * @param <T> the sealed interface
 */
public final class AsyncFamilyModel<T> {
    private final Model<T> table;

    AsyncFamilyModel(Model<T> table) {
        this.table = table;
    }

    /** As {@link FamilyModel#collection}: results as a publisher or futures. */
    public AsyncCollectionQuery<T> collection(PartitionKey partition) {
        return new AsyncCollectionQuery<>(table.async().query(FamilyModel.onPartition(partition)), partition);
    }
}
