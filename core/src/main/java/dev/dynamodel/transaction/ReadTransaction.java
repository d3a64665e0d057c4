package dev.dynamodel.transaction;

import dev.dynamodel.Dynamo;
import dev.dynamodel.Model;
import dev.dynamodel.internal.Call;
import dev.dynamodel.internal.Expiry;
import dev.dynamodel.internal.Futures;
import dev.dynamodel.internal.ItemChecks.Step;
import dev.dynamodel.internal.ItemChecks;
import dev.dynamodel.internal.Sender;
import dev.dynamodel.internal.TableKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Reads up to 100 items across models as of one moment (TransactGetItems): no write lands
 * between two of them. Entities come back typed and in the order they were asked for.
 *
 * <pre>{@code
 * ReadTransactionResult result = dynamo.readTransaction()
 *         .get(accounts, AccountSchema.INSTANCE.key("acct-1"))
 *         .get(orders, OrderSchema.INSTANCE.key("o-1"))
 *         .execute();
 * Optional<Account> account = result.get(accounts).get(0);
 * }</pre>
 */
public final class ReadTransaction {
    private final Dynamo dynamo;
    private final List<Step<Cancellations.Sent>> steps = new ArrayList<>();
    private ReturnConsumedCapacity capacityMode;

    private ReadTransaction(Dynamo dynamo) {
        this.dynamo = dynamo;
    }

    /** An empty read transaction through the runtime's client. */
    public static ReadTransaction of(Dynamo dynamo) {
        return new ReadTransaction(Objects.requireNonNull(dynamo, "dynamo"));
    }

    /**
     * Asks DynamoDB to report the capacity the read consumes ({@code TOTAL}, {@code INDEXES}, or
     * {@code NONE} whatever the runtime's setting): {@link ReadTransactionResult#consumedCapacity()}.
     */
    public ReadTransaction returnConsumedCapacity(ReturnConsumedCapacity mode) {
        this.capacityMode = Objects.requireNonNull(mode, "mode");
        return this;
    }

    /** Asks for the item with this key, built by the generated schema's {@code key(...)}. */
    public <T> ReadTransaction get(Model<T> model, Map<String, AttributeValue> key) {
        steps.add(new Step<>("get", model.schema().entityName(), index -> new Cancellations.Sent(index, "Get", model,
                TableKey.checked(model.tableName(), model.schema(), key))));
        return this;
    }

    /** The request {@link #execute()} sends, without sending it. */
    public TransactGetItemsRequest request() {
        return request(prepare());
    }

    /**
     * Reads every item.
     *
     * @throws TransactionCancelledException if DynamoDB cancelled the read (a conflicting write in flight, ...)
     * @throws IllegalArgumentException if there are no items or more than 100; nothing is sent
     * @throws dev.dynamodel.exception.InvalidItemsException for a bad key or the same item twice; nothing is sent
     */
    public ReadTransactionResult execute() {
        return Futures.join(send(dynamo.sender()));
    }

    /**
     * As {@link #execute()}, without blocking, through the runtime's {@code DynamoDbAsyncClient}: the
     * same request, expiry hiding and exceptions ({@link TransactionCancelledException} with its
     * reasons, ...), which fail the future themselves, never wrapped. This method never throws.
     */
    public CompletableFuture<ReadTransactionResult> executeAsync() {
        return Futures.unwrapped(() -> send(dynamo.asyncSender()));
    }

    /** The one plan of both faces: only the sender differs. */
    private CompletableFuture<ReadTransactionResult> send(Sender sender) {
        List<Cancellations.Sent> gets = prepare();
        TransactGetItemsRequest request = request(gets);
        LinkedHashSet<String> names = new LinkedHashSet<>();
        gets.forEach(g -> names.add(g.key().table()));
        String tables = String.join(",", names);
        return sender.send(Call.transactGet(tables, request,
                e -> Cancellations.translate(e, "TransactGetItems", tables, gets)))
                .thenApply(response -> read(gets, response));
    }

    private static ReadTransactionResult read(List<Cancellations.Sent> gets, TransactGetItemsResponse response) {
        List<ReadTransactionResult.Read> reads = new ArrayList<>(gets.size());
        for (int i = 0; i < gets.size(); i++) {
            ItemResponse item = response.hasResponses() && i < response.responses().size() ? response.responses().get(i) : null;
            Model<?> model = gets.get(i).model();
            // An expired item that reads hide is missing here too, as for get (see Expiry).
            Map<String, AttributeValue> stored = item != null && item.hasItem()
                    ? Expiry.of(model.dynamo().hideExpiredItems(), model.dynamo().clock(), model.schema()).visible(item.item()) : null;
            reads.add(new ReadTransactionResult.Read(model, stored));
        }
        return new ReadTransactionResult(reads, response.hasConsumedCapacity() ? response.consumedCapacity() : List.of());
    }

    private List<Cancellations.Sent> prepare() {
        Limits.checkSize("A read transaction", steps.size());
        return ItemChecks.prepareAll("TransactGetItems", steps, Cancellations.Sent::key);
    }

    private TransactGetItemsRequest request(List<Cancellations.Sent> gets) {
        return TransactGetItemsRequest.builder()
                .overrideConfiguration(Call.OVERRIDE)
                .transactItems(gets.stream().map(g -> TransactGetItem.builder()
                        .get(b -> b.tableName(g.key().table()).key(g.key().key())).build()).toList())
                .returnConsumedCapacity(capacityMode)
                .build();
    }
}
