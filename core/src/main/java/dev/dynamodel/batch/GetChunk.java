package dev.dynamodel.batch;

import dev.dynamodel.Model;
import dev.dynamodel.internal.Expiry;
import dev.dynamodel.internal.Call;
import dev.dynamodel.internal.Sender;
import dev.dynamodel.internal.TableKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * One BatchGetItem request: builds it from distinct keys (grouped by table), collects the items
 * that came back (less expired items the runtime hides), and returns the keys DynamoDB left unprocessed (it stops at 16 MB of items, and
 * under throttling).
 */
final class GetChunk {
    private final Sender sender;
    private final boolean consistentRead;
    private final ReturnConsumedCapacity capacity;
    private final Map<TableKey, Map<String, AttributeValue>> found;
    private final BatchStats stats;

    /**
     * Items found go into {@code found}, which the caller reads when every chunk is done, and the
     * capacity reported into {@code stats}. {@code capacity}: null for the runtime's setting.
     */
    GetChunk(Sender sender, boolean consistentRead, ReturnConsumedCapacity capacity,
             Map<TableKey, Map<String, AttributeValue>> found, BatchStats stats) {
        this.sender = sender;
        this.consistentRead = consistentRead;
        this.capacity = capacity;
        this.found = found;
        this.stats = stats;
    }

    static BatchGetItemRequest request(List<GetOp> ops, boolean consistentRead, ReturnConsumedCapacity capacity) {
        Map<String, List<Map<String, AttributeValue>>> byTable = new LinkedHashMap<>();
        for (GetOp op : ops) {
            byTable.computeIfAbsent(op.key().table(), t -> new ArrayList<>()).add(op.key().key());
        }
        Map<String, KeysAndAttributes> items = new LinkedHashMap<>();
        byTable.forEach((table, keys) -> items.put(table,
                KeysAndAttributes.builder().keys(keys).consistentRead(consistentRead ? Boolean.TRUE : null).build()));
        return BatchGetItemRequest.builder().overrideConfiguration(Call.OVERRIDE).requestItems(items).returnConsumedCapacity(capacity).build();
    }

    /** Sends the keys once, as the chunk's attempt {@code number}; completes with those DynamoDB left unprocessed, in their order. */
    CompletableFuture<List<GetOp>> send(List<GetOp> ops, int number) {
        BatchGetItemRequest request = request(ops, consistentRead, capacity);
        String tables = String.join(",", request.requestItems().keySet());
        return sender.send(Call.batchGet(tables, request).attempt(number)).thenApply(response -> read(ops, response));
    }

    private List<GetOp> read(List<GetOp> ops, BatchGetItemResponse response) {
        stats.consumed(response.consumedCapacity());
        Map<String, Model<?>> models = new LinkedHashMap<>();
        ops.forEach(op -> models.putIfAbsent(op.key().table(), op.model()));
        if (response.hasResponses()) {
            response.responses().forEach((table, items) -> {
                Model<?> model = models.get(table);
                // An expired item that reads hide is not found, as for get (see Expiry).
                Expiry expiry = Expiry.of(model.dynamo().hideExpiredItems(), model.dynamo().clock(), model.schema());
                for (Map<String, AttributeValue> item : items) {
                    if (expiry.hides(item)) {
                        continue;
                    }
                    TableKey key = TableKey.ofItem(table, model.schema(), item);
                    synchronized (found) {
                        found.put(key, item);
                    }
                }
            });
        }
        if (!response.hasUnprocessedKeys() || response.unprocessedKeys().isEmpty()) {
            return List.of();
        }
        Set<TableKey> left = new HashSet<>();
        response.unprocessedKeys().forEach((table, keys) -> keys.keys().forEach(key -> left.add(new TableKey(table, key))));
        List<GetOp> pending = new ArrayList<>(left.size());
        for (GetOp op : ops) {
            if (left.contains(op.key())) {
                pending.add(op);
            }
        }
        return pending;
    }

    /** A distinct key to read, with the model that first asked for it. */
    record GetOp(Model<?> model, TableKey key) {
    }
}
