package dev.dynamodel.transaction;

import dev.dynamodel.Dynamo;
import dev.dynamodel.Model;
import dev.dynamodel.condition.Condition;
import dev.dynamodel.internal.Call;
import dev.dynamodel.internal.Futures;
import dev.dynamodel.internal.ItemChecks.Step;
import dev.dynamodel.internal.ItemChecks;
import dev.dynamodel.internal.Sender;
import dev.dynamodel.update.Update;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Writes up to 100 items across models all together or not at all (TransactWriteItems). Each
 * operation checks what its single-write counterpart checks: {@code put} the version as
 * {@code save}, {@code create} that the item is new, {@code update} and {@code delete} the version
 * of an entity given, plus any condition. If one check fails, nothing is written and a
 * {@link TransactionCancelledException} says, per item, what happened.
 *
 * <pre>{@code
 * dynamo.writeTransaction()
 *         .create(orders, new Order("o-1", "acct-1", 30))
 *         .update(accounts, AccountSchema.INSTANCE.key("acct-1"), u -> u
 *                 .subtract(AccountSchema.BALANCE, 30L)
 *                 .condition(AccountSchema.BALANCE.ge(30L)))
 *         .check(customers, CustomerSchema.INSTANCE.key("c-1"), CustomerSchema.ACTIVE.eq(true))
 *         .execute();
 * }</pre>
 *
 * <p>Every transaction carries an idempotency token, generated unless given: calling
 * {@link #execute()} again on the same builder (after a timeout, say) within ten minutes does not
 * apply it twice. An update's return mode is ignored: transactions return no items.
 */
public final class WriteTransaction {
    private final Dynamo dynamo;
    private final List<Step<TxWrite>> steps = new ArrayList<>();
    private String token = UUID.randomUUID().toString();
    private ReturnConsumedCapacity capacityMode;

    private WriteTransaction(Dynamo dynamo) {
        this.dynamo = dynamo;
    }

    /** An empty transaction sent through the runtime's client. */
    public static WriteTransaction of(Dynamo dynamo) {
        return new WriteTransaction(Objects.requireNonNull(dynamo, "dynamo"));
    }

    /**
     * Asks DynamoDB to report the capacity the transaction consumes ({@code TOTAL}, {@code INDEXES},
     * or {@code NONE} whatever the runtime's setting). A write transaction returns nothing, so
     * request listeners hear it (see {@code docs/observability.md}).
     */
    public WriteTransaction returnConsumedCapacity(ReturnConsumedCapacity mode) {
        this.capacityMode = Objects.requireNonNull(mode, "mode");
        return this;
    }

    /** Puts an entity as {@code save} does: replacing the item, checking the version of a versioned one. */
    public <T> WriteTransaction put(Model<T> model, T entity) {
        return put(model, entity, null);
    }

    /** Puts an entity if the condition holds for the item stored now (and the version matches). */
    public <T> WriteTransaction put(Model<T> model, T entity, Condition condition) {
        return add("put", model, index -> TxWrite.put(index, model, entity, condition));
    }

    /** Writes a new item; the transaction fails if one with the same key exists. */
    public <T> WriteTransaction create(Model<T> model, T entity) {
        return add("create", model, index -> TxWrite.create(index, model, entity));
    }

    /** Updates the item with this key; it must exist unless the actions ask for {@code upsert()}. */
    public <T> WriteTransaction update(Model<T> model, Map<String, AttributeValue> key, Consumer<Update<T>> actions) {
        return add("update", model, index -> TxWrite.update(index, model, key, null, actions));
    }

    /** Updates the item with the entity's key, checking the entity's version if it has one. */
    public <T> WriteTransaction update(Model<T> model, T entity, Consumer<Update<T>> actions) {
        return add("update", model, index -> TxWrite.update(index, model, model.schema().keyOf(entity),
                model.schema().versionOf(entity), actions));
    }

    /** Deletes the item with the entity's key, checking its version if it has one. */
    public <T> WriteTransaction delete(Model<T> model, T entity) {
        return delete(model, entity, null);
    }

    /** Deletes the item with the entity's key if the condition holds (and the version matches). */
    public <T> WriteTransaction delete(Model<T> model, T entity, Condition condition) {
        return add("delete", model, index -> TxWrite.delete(index, model, model.schema().keyOf(entity),
                model.schema().versionOf(entity), condition));
    }

    /** Deletes the item with this key; a missing item is not an error. */
    public <T> WriteTransaction deleteKey(Model<T> model, Map<String, AttributeValue> key) {
        return deleteKey(model, key, null);
    }

    /** Deletes the item with this key if the condition holds. */
    public <T> WriteTransaction deleteKey(Model<T> model, Map<String, AttributeValue> key, Condition condition) {
        return add("delete", model, index -> TxWrite.delete(index, model, key, null, condition));
    }

    /** Writes nothing to this item but requires the condition to hold for it. */
    public <T> WriteTransaction check(Model<T> model, Map<String, AttributeValue> key, Condition condition) {
        return add("check", model, index -> TxWrite.check(index, model, key, condition));
    }

    /** The idempotency token to send instead of the generated one (1 to 36 characters). */
    public WriteTransaction idempotencyToken(String token) {
        if (token == null || token.isEmpty() || token.length() > Limits.MAX_TOKEN_LENGTH) {
            throw new IllegalArgumentException("An idempotency token has 1 to " + Limits.MAX_TOKEN_LENGTH
                    + " characters, not " + (token == null ? "null" : token.length()));
        }
        this.token = token;
        return this;
    }

    /** The token this transaction is sent with. */
    public String idempotencyToken() {
        return token;
    }

    /**
     * The request {@link #execute()} sends, without sending it.
     *
     * @throws IllegalArgumentException if there are no items or more than 100
     * @throws dev.dynamodel.exception.InvalidItemsException if an item cannot be written, or two act on one item
     */
    public TransactWriteItemsRequest request() {
        return request(prepare());
    }

    /**
     * Writes every item, or none.
     *
     * @throws TransactionCancelledException if DynamoDB cancelled it (a condition failed, a
     *         conflicting write, ...); nothing was written
     * @throws IllegalArgumentException if there are no items or more than 100; nothing is sent
     * @throws dev.dynamodel.exception.InvalidItemsException if an item cannot be written, or two act on one
     *         item; nothing is sent
     */
    public void execute() {
        Futures.join(send(dynamo.sender()));
    }

    /**
     * As {@link #execute()}, without blocking, through the runtime's {@code DynamoDbAsyncClient}: the
     * same request and token, and the future fails with the same exceptions
     * ({@link TransactionCancelledException} with its reasons, ...) itself, never wrapped. This
     * method never throws. Calling it again sends the same token, as {@code execute()} does.
     */
    public CompletableFuture<Void> executeAsync() {
        return Futures.unwrapped(() -> send(dynamo.asyncSender()));
    }

    /** The one plan of both faces: only the sender differs. */
    private CompletableFuture<Void> send(Sender sender) {
        List<TxWrite> writes = prepare();
        TransactWriteItemsRequest request = request(writes);
        List<Cancellations.Sent> sent = writes.stream()
                .map(w -> new Cancellations.Sent(w.index(), w.operation(), w.model(), w.key())).toList();
        String tables = tables(writes);
        return sender.send(Call.transactWrite(tables, request,
                e -> Cancellations.translate(e, "TransactWriteItems", tables, sent))).thenApply(response -> null);
    }

    private List<TxWrite> prepare() {
        Limits.checkSize("A write transaction", steps.size());
        return ItemChecks.prepareAll("TransactWriteItems", steps, TxWrite::key);
    }

    private TransactWriteItemsRequest request(List<TxWrite> writes) {
        return TransactWriteItemsRequest.builder()
                .overrideConfiguration(Call.OVERRIDE)
                .transactItems(writes.stream().map(TxWrite::item).toList())
                .clientRequestToken(token)
                .returnConsumedCapacity(capacityMode)
                .build();
    }

    private <T> WriteTransaction add(String operation, Model<T> model, java.util.function.IntFunction<TxWrite> prepare) {
        steps.add(new Step<>(operation, model.schema().entityName(), prepare));
        return this;
    }

    private static String tables(List<TxWrite> writes) {
        LinkedHashSet<String> tables = new LinkedHashSet<>();
        writes.forEach(w -> tables.add(w.key().table()));
        return String.join(",", tables);
    }
}
