package dev.dynamodel;

import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.condition.Condition;
import dev.dynamodel.condition.Operator;
import dev.dynamodel.query.CollectionQuery;
import dev.dynamodel.schema.FamilySchema;
import dev.dynamodel.schema.PartitionKey;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

/**
 * The table of a {@code @Family} as a whole: collections (every member type under one partition
 * key) and the table's lifecycle, with every index a member needs. Generated as
 * {@code <Name>Model} for the sealed interface; each member keeps its own model for its own reads
 * and writes, and batches and transactions take member models of one family side by side.
 *
 * <pre>{@code
 * ShopItemModel shop = ShopItemModel.of(dynamo);
 * shop.createTable();
 * List<ShopItem> items = shop.collection(CustomerSchema.partitionKey("c1")).list();
 * }</pre>
 *
 * @param <T> the sealed interface
 */
public abstract class FamilyModel<T> {
    private final FamilySchema<T> schema;
    /** The shared table as a model over the family schema: its queries read as the family, its lifecycle is the table's. */
    private final Model<T> table;

    protected FamilyModel(Dynamo dynamo, FamilySchema<T> schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.table = new Model<>(dynamo, schema) {
        };
    }

    /** The physical table name: the runtime's prefix and the declared (or resolved) name. */
    public String tableName() {
        return table.tableName();
    }

    /** The generated family schema. */
    public FamilySchema<T> schema() {
        return schema;
    }

    /**
     * Every item under one partition key of the table or of one of the family's indexes, typed as
     * the sealed interface: see {@link CollectionQuery}.
     */
    public CollectionQuery<T> collection(PartitionKey partition) {
        return new CollectionQuery<>(table.query(onPartition(partition)), partition);
    }

    static Condition onPartition(PartitionKey partition) {
        return new Condition.Compare(AttributePath.of(partition.attribute()), Operator.EQ, partition.value());
    }

    /** The same collections without blocking; see {@code docs/async.md}. */
    public AsyncFamilyModel<T> async() {
        return new AsyncFamilyModel<>(table);
    }

    /** The request {@link #createTable()} sends: the family's keys and every index it declares. */
    public CreateTableRequest createTableRequest() {
        return table.createTableRequest();
    }

    /** Creates the family's table with every index, and waits until it is active. */
    public void createTable() {
        table.createTable();
    }

    /** Creates the table unless it exists already. Returns true if it was created. */
    public boolean createTableIfNotExists() {
        return table.createTableIfNotExists();
    }

    /** Whether the table exists. */
    public boolean tableExists() {
        return table.tableExists();
    }

    /** Deletes the table and waits until it is gone. */
    public void deleteTable() {
        table.deleteTable();
    }
}
