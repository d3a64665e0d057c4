package dev.dynamodel;

import dev.dynamodel.condition.Condition;
import dev.dynamodel.exception.ConditionFailedException;
import dev.dynamodel.exception.ItemAlreadyExistsException;
import dev.dynamodel.exception.TableChangeRefusedException;
import dev.dynamodel.exception.TableNotActiveException;
import dev.dynamodel.exception.ValidationException;
import dev.dynamodel.exception.VersionConflictException;
import dev.dynamodel.internal.Expiry;
import dev.dynamodel.internal.Futures;
import dev.dynamodel.internal.OwnItems;
import dev.dynamodel.internal.ReadTable;
import dev.dynamodel.internal.Pause;
import dev.dynamodel.internal.Sender;
import dev.dynamodel.internal.TableDefinitions;
import dev.dynamodel.internal.TableLifecycle;
import dev.dynamodel.query.AsyncGet;
import dev.dynamodel.query.AsyncQuery;
import dev.dynamodel.query.AsyncScan;
import dev.dynamodel.query.Get;
import dev.dynamodel.query.Query;
import dev.dynamodel.query.Scan;
import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.table.TableOptions;
import dev.dynamodel.table.TablePlan;
import dev.dynamodel.update.Update;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

/**
 * The operations on one entity's table. Generated {@code <Name>Model} classes extend it and add
 * the methods that take the entity's typed key ({@code get(int year, String title)}, and
 * {@code find(...)} for a read with options).
 *
 * <pre>{@code
 * MovieModel movies = MovieModel.of(dynamo);
 * movies.createTable();
 * movies.create(new Movie(2013, "Rush", null));
 * Optional<Movie> rush = movies.get(2013, "Rush");
 * Optional<Movie> latest = movies.find(2013, "Rush").consistentRead().get();
 * }</pre>
 *
 * @param <T> the entity type
 */
public abstract class Model<T> {
    private final Dynamo dynamo;
    private final EntitySchema<T> schema;
    private final String tableName;
    private final Expiry expiry;
    /** A family member's filter to its own type (null for other entities); it depends on the schema only. */
    private final Condition ownItems;
    private final ItemWriter<T> writer;
    private final ItemWriter<T> asyncWriter;

    protected Model(Dynamo dynamo, EntitySchema<T> schema) {
        this.dynamo = Objects.requireNonNull(dynamo, "dynamo");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.tableName = dynamo.tableName(schema);
        this.expiry = Expiry.of(dynamo.hideExpiredItems(), dynamo.clock(), schema);
        this.ownItems = OwnItems.filter(schema);
        this.writer = new ItemWriter<>(dynamo.sender(), tableName, schema, expiry, dynamo.clock());
        this.asyncWriter = new ItemWriter<>(dynamo.asyncSender(), tableName, schema, expiry, dynamo.clock());
    }

    /** The physical table name: the runtime's prefix and the declared (or resolved) name. */
    public String tableName() {
        return tableName;
    }

    /** The generated schema this model works from. */
    public EntitySchema<T> schema() {
        return schema;
    }

    /**
     * Writes a new item. A versioned entity is stored with version 1.
     *
     * @return the entity as stored, with defaults and timestamps applied
     * @throws ItemAlreadyExistsException if an item with the same key exists; nothing is written. With
     *         {@code hideExpiredItems}, an expired item that reads hide does not count: it is replaced
     * @throws ValidationException if the entity breaks its schema's rules; nothing is sent
     * @throws IllegalArgumentException if a key value is null or empty; nothing is sent
     */
    public T create(T entity) {
        return Futures.join(writer.create(entity));
    }

    /**
     * Writes an item, replacing any item with the same key. A versioned entity must carry the
     * stored version (or none, for a new item) and is stored with the next one.
     *
     * @return the entity as stored, with defaults and timestamps applied
     * @throws VersionConflictException if the stored version is another; nothing is written
     * @throws ValidationException if the entity breaks its schema's rules; nothing is sent
     */
    public T save(T entity) {
        return save(entity, null);
    }

    /**
     * Writes an item if the condition holds for the item stored now.
     *
     * @throws ConditionFailedException if it does not, with the stored item; nothing is written
     */
    public T save(T entity, Condition condition) {
        return Futures.join(writer.save(entity, condition));
    }

    /** Deletes the item with the entity's key, checking its version if it has one. */
    public void delete(T entity) {
        delete(entity, null);
    }

    /**
     * Deletes the item with the entity's key if the condition holds (and the version matches).
     *
     * @throws ConditionFailedException if it does not; nothing is deleted
     */
    public void delete(T entity, Condition condition) {
        Futures.join(writer.delete(entity, condition));
    }

    /**
     * Updates the item with the entity's key, checking the entity's version if it has one. Only
     * the actions are written, not the entity's other fields.
     *
     * @return the entity as the update's return mode says (after the update by default)
     */
    public T update(T entity, Consumer<Update<T>> actions) {
        return Futures.join(writer.update(entity, actions));
    }

    /**
     * Writes the entity's non-null fields into its stored item, leaving the item's other attributes
     * as they are: DynamoDBMapper's {@code UPDATE_SKIP_NULL_ATTRIBUTES}, as one {@code UpdateItem}.
     * It is an {@link #update} with a {@code set} per field, so the item must exist, a versioned
     * entity's version is checked and incremented, and timestamps and forced defaults are written as
     * an update writes them. The written fields are validated; null fields are not written, so their
     * rules ({@code @NotNull}) are not checked. See {@code docs/updates.md}.
     *
     * @return the item as stored after the patch
     * @throws dev.dynamodel.exception.ItemNotFoundException if there is no item with the entity's key
     * @throws VersionConflictException if the stored version is another; nothing is written
     * @throws ValidationException if a written field breaks its rules; nothing is sent
     * @throws IllegalArgumentException if a key value is null, a versioned entity has no version, or
     *         no field but the key is set; nothing is sent
     */
    public T patch(T entity) {
        return Futures.join(writer.patch(entity));
    }

    /** Reads the item with a key built by the generated schema. */
    protected Optional<T> getByKey(Map<String, AttributeValue> key) {
        return findByKey(key).get();
    }

    /** A read of the item with a key built by the generated schema, with options (consistency, projection). */
    protected Get<T> findByKey(Map<String, AttributeValue> key) {
        return new Get<>(dynamo.sender(), tableName, schema, key, expiry);
    }

    /** Deletes the item with a key built by the generated schema, if the condition (if any) holds. */
    protected void deleteByKey(Map<String, AttributeValue> key, Condition condition) {
        Futures.join(writer.delete(key, null, condition));
    }

    /** Updates the item with a key built by the generated schema. */
    protected T updateByKey(Map<String, AttributeValue> key, Consumer<Update<T>> actions) {
        return Futures.join(writer.update(key, null, actions));
    }

    /**
     * The same operations without blocking, through the runtime's {@code DynamoDbAsyncClient}:
     * results as {@code CompletableFuture}s, queries and scans also as {@code Flow.Publisher}s.
     * Generated models return their own subclass, with the typed key methods.
     * See {@code docs/async.md}.
     */
    public AsyncModel<T> async() {
        return new AsyncModel<>(this);
    }

    /** The plans of the writes, sent through the asynchronous client. */
    ItemWriter<T> asyncWriter() {
        return asyncWriter;
    }

    /** A read of one item, sent through the asynchronous client. */
    AsyncGet<T> asyncGet(Supplier<Map<String, AttributeValue>> key) {
        return new AsyncGet<>(dynamo.asyncSender(), tableName, schema, key, expiry);
    }

    AsyncQuery<T> asyncQuery(Condition condition) {
        return new AsyncQuery<>(readTable(dynamo.asyncSender()), condition);
    }

    AsyncScan<T> asyncScan() {
        return new AsyncScan<>(readTable(dynamo.asyncSender()));
    }

    /**
     * A query: the condition must include {@code eq} on a partition key (of the table or an index);
     * see {@link Query} for how the key condition, filter and index are chosen.
     */
    public Query<T> query(Condition condition) {
        return new Query<>(readTable(dynamo.sender()), condition);
    }

    /** A scan of the whole table (or an index, with {@code using}). */
    public Scan<T> scan() {
        return new Scan<>(readTable(dynamo.sender()));
    }

    /** The request {@link #createTable()} sends: keys, secondary indexes and the declared {@link TableOptions}. */
    public CreateTableRequest createTableRequest() {
        return createTableRequest(schema.tableOptions());
    }

    /** The request {@link #createTable(TableOptions)} sends. */
    public CreateTableRequest createTableRequest(TableOptions options) {
        return TableDefinitions.createTableRequest(tableName, schema, options);
    }

    /**
     * Creates the table with the declared options, waits until it is active, then turns on time to
     * live for a {@code @Ttl} attribute (and point-in-time recovery if declared).
     */
    public void createTable() {
        createTable(schema.tableOptions());
    }

    /** As {@link #createTable()}, with these options instead of the declared ones. */
    public void createTable(TableOptions options) {
        Futures.join(tables(dynamo.sender(), Pause.sleeping()).create(options));
    }

    /** Creates the table unless it exists already. Returns true if it was created. */
    public boolean createTableIfNotExists() {
        return createTableIfNotExists(schema.tableOptions());
    }

    /** As {@link #createTableIfNotExists()}, with these options if it creates the table. */
    public boolean createTableIfNotExists(TableOptions options) {
        return Futures.join(tables(dynamo.sender(), Pause.sleeping()).createIfNotExists(options));
    }

    /** Whether the table exists. */
    public boolean tableExists() {
        return Futures.join(tables(dynamo.sender(), Pause.sleeping()).exists());
    }

    /** Deletes the table and waits until it is gone. */
    public void deleteTable() {
        Futures.join(tables(dynamo.sender(), Pause.sleeping()).delete());
    }

    /**
     * Waits until the table and all its global indexes are active.
     *
     * @throws TableNotActiveException if they are not within {@code timeout}
     */
    public void waitUntilActive(Duration timeout) {
        Futures.join(tables(dynamo.sender(), Pause.sleeping()).waitUntilActive(timeout));
    }

    /**
     * The differences between the declared table and the one in DynamoDB, as the steps {@link #apply()}
     * would take; sends only reads. Creation steps if the table does not exist.
     */
    public TablePlan plan() {
        return plan(schema.tableOptions());
    }

    /** As {@link #plan()}, with these options instead of the declared ones. */
    public TablePlan plan(TableOptions options) {
        return Futures.join(tables(dynamo.sender(), Pause.sleeping()).plan(options));
    }

    /**
     * Makes the table as declared: plans, then takes the steps one at a time, waiting until the table
     * and its indexes are active after each. Safe to rerun: a table as declared gets no request.
     *
     * @return the steps taken
     * @throws TableChangeRefusedException if the plan has refusals (a table key, a local index); nothing is changed
     */
    public TablePlan apply() {
        return apply(schema.tableOptions());
    }

    /** As {@link #apply()}, with these options instead of the declared ones. */
    public TablePlan apply(TableOptions options) {
        return Futures.join(tables(dynamo.sender(), Pause.sleeping()).apply(options));
    }

    /** The table operations over one face: a blocking sender with sleeps, or the async one with scheduled waits. */
    TableLifecycle tables(Sender sender, Pause pause) {
        return new TableLifecycle(sender, pause, tableName, schema);
    }

    /** The SDK client, for subclasses. */
    protected final DynamoDbClient client() {
        return dynamo.client();
    }

    /** The runtime this model was made from. */
    public Dynamo dynamo() {
        return dynamo;
    }

    private ReadTable<T> readTable(Sender sender) {
        // A family member's reads also hide the other members' items (OwnItems); like expiry, left out of cursors.
        return new ReadTable<>(sender, tableName, schema, dynamo.cursorSeal(),
                OwnItems.and(ownItems, expiry.live().orElse(null)));
    }
}
