package dev.dynamodel;

import dev.dynamodel.condition.Condition;
import dev.dynamodel.exception.ConditionFailedException;
import dev.dynamodel.exception.ItemAlreadyExistsException;
import dev.dynamodel.exception.ValidationException;
import dev.dynamodel.exception.VersionConflictException;
import dev.dynamodel.internal.Futures;
import dev.dynamodel.internal.Pause;
import dev.dynamodel.internal.TableLifecycle;
import dev.dynamodel.query.AsyncGet;
import dev.dynamodel.query.AsyncQuery;
import dev.dynamodel.query.AsyncScan;
import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.table.TableOptions;
import dev.dynamodel.table.TablePlan;
import dev.dynamodel.update.Update;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A model's operations without blocking, through the runtime's {@code DynamoDbAsyncClient}: the
 * same requests, checks and exceptions as {@link Model}'s, built by the same code; only the
 * sending differs. Get one with {@code model.async()}; generated models return their own subclass
 * with the typed key methods ({@code movies.async().get(2013, "Rush")}).
 *
 * <p><b>Failures.</b> No method here throws: a refused entity, a bad key, a failed condition and a
 * failed request all complete the returned future exceptionally with the library's exception itself
 * (what {@link Model} would throw). So {@code exceptionally}, {@code handle} and {@code whenComplete}
 * on the returned future see, for example, {@link ConditionFailedException}; {@code join()} throws it
 * wrapped in a {@code CompletionException} and {@code get()} in an {@code ExecutionException}, as
 * every {@code CompletableFuture} does. See {@code docs/async.md}.
 *
 * @param <T> the entity type
 */
public class AsyncModel<T> {
    private final Model<T> model;

    /** For generated subclasses: the asynchronous face of {@code model}. */
    protected AsyncModel(Model<T> model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /** The physical table name. */
    public String tableName() {
        return model.tableName();
    }

    /** The generated schema. */
    public EntitySchema<T> schema() {
        return model.schema();
    }

    /**
     * As {@link Model#create}: the entity as stored, or a future failed with
     * {@link ItemAlreadyExistsException} or {@link ValidationException}.
     */
    public CompletableFuture<T> create(T entity) {
        return Futures.unwrapped(() -> model.asyncWriter().create(entity));
    }

    /** As {@link Model#save(Object)}; a stale version fails the future with {@link VersionConflictException}. */
    public CompletableFuture<T> save(T entity) {
        return save(entity, null);
    }

    /** As {@link Model#save(Object, Condition)}. */
    public CompletableFuture<T> save(T entity, Condition condition) {
        return Futures.unwrapped(() -> model.asyncWriter().save(entity, condition));
    }

    /** As {@link Model#delete(Object)}. */
    public CompletableFuture<Void> delete(T entity) {
        return delete(entity, null);
    }

    /** As {@link Model#delete(Object, Condition)}. */
    public CompletableFuture<Void> delete(T entity, Condition condition) {
        return Futures.unwrapped(() -> model.asyncWriter().delete(entity, condition));
    }

    /** As {@link Model#update(Object, Consumer)}; the actions are collected before this returns. */
    public CompletableFuture<T> update(T entity, Consumer<Update<T>> actions) {
        return Futures.unwrapped(() -> model.asyncWriter().update(entity, actions));
    }

    /** As {@link Model#patch}: the item as stored, or a future failed with that method's exceptions. */
    public CompletableFuture<T> patch(T entity) {
        return Futures.unwrapped(() -> model.asyncWriter().patch(entity));
    }

    /** As {@link Model#query}: results as a {@code Flow.Publisher}, a list or a count. */
    public AsyncQuery<T> query(Condition condition) {
        return model.asyncQuery(condition);
    }

    /** As {@link Model#scan}, sequential. */
    public AsyncScan<T> scan() {
        return model.asyncScan();
    }

    /** As {@link Model#createTable()}: completes once the table is active and time to live is on. */
    public CompletableFuture<Void> createTable() {
        return createTable(schema().tableOptions());
    }

    /** As {@link Model#createTable(TableOptions)}. */
    public CompletableFuture<Void> createTable(TableOptions options) {
        return Futures.unwrapped(() -> tables().create(options));
    }

    /** As {@link Model#createTableIfNotExists()}: true if it created the table. */
    public CompletableFuture<Boolean> createTableIfNotExists() {
        return createTableIfNotExists(schema().tableOptions());
    }

    /** As {@link Model#createTableIfNotExists(TableOptions)}. */
    public CompletableFuture<Boolean> createTableIfNotExists(TableOptions options) {
        return Futures.unwrapped(() -> tables().createIfNotExists(options));
    }

    /** As {@link Model#tableExists()}. */
    public CompletableFuture<Boolean> tableExists() {
        return Futures.unwrapped(() -> tables().exists());
    }

    /** As {@link Model#deleteTable()}: completes once the table is gone. */
    public CompletableFuture<Void> deleteTable() {
        return Futures.unwrapped(() -> tables().delete());
    }

    /** As {@link Model#waitUntilActive}: fails with {@code TableNotActiveException} after {@code timeout}. */
    public CompletableFuture<Void> waitUntilActive(Duration timeout) {
        return Futures.unwrapped(() -> tables().waitUntilActive(timeout));
    }

    /** As {@link Model#plan()}. */
    public CompletableFuture<TablePlan> plan() {
        return plan(schema().tableOptions());
    }

    /** As {@link Model#plan(TableOptions)}. */
    public CompletableFuture<TablePlan> plan(TableOptions options) {
        return Futures.unwrapped(() -> tables().plan(options));
    }

    /** As {@link Model#apply()}: the waits between steps are scheduled, no thread sleeps. */
    public CompletableFuture<TablePlan> apply() {
        return apply(schema().tableOptions());
    }

    /** As {@link Model#apply(TableOptions)}. */
    public CompletableFuture<TablePlan> apply(TableOptions options) {
        return Futures.unwrapped(() -> tables().apply(options));
    }

    private TableLifecycle tables() {
        Dynamo dynamo = model.dynamo();
        return model.tables(dynamo.asyncSender(), Pause.scheduled(dynamo.retryScheduler()));
    }

    // The key methods take the key as a supplier: building it checks the key values (null, empty,
    // invalid Unicode), and a refused key must fail the returned future, not throw from the call.

    /** Reads the item with a key that the generated schema builds when {@code key} is called. */
    protected CompletableFuture<Optional<T>> getByKey(Supplier<Map<String, AttributeValue>> key) {
        return findByKey(key).get();
    }

    /** A read with options of the item with a key that the generated schema builds. */
    protected AsyncGet<T> findByKey(Supplier<Map<String, AttributeValue>> key) {
        return model.asyncGet(key);
    }

    /** Deletes the item with a key built by the generated schema, if the condition (if any) holds. */
    protected CompletableFuture<Void> deleteByKey(Supplier<Map<String, AttributeValue>> key, Condition condition) {
        return Futures.unwrapped(() -> model.asyncWriter().delete(key.get(), null, condition));
    }

    /** Updates the item with a key built by the generated schema. */
    protected CompletableFuture<T> updateByKey(Supplier<Map<String, AttributeValue>> key, Consumer<Update<T>> actions) {
        return Futures.unwrapped(() -> model.asyncWriter().update(key.get(), null, actions));
    }
}
