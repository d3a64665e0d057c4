package dev.dynamodel.batch;

import dev.dynamodel.internal.Call;
import dev.dynamodel.internal.Sender;
import dev.dynamodel.internal.TableKey;
import dev.dynamodel.schema.EntitySchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * One BatchWriteItem request: builds it from operations (grouped by table, in order) and maps the
 * unprocessed items DynamoDB returns back to the operations they came from.
 */
final class WriteChunk {
    private WriteChunk() {
    }

    /** {@code capacity}: null for the runtime's setting. */
    static BatchWriteItemRequest request(List<WriteOp> ops, ReturnConsumedCapacity capacity) {
        Map<String, List<WriteRequest>> byTable = new LinkedHashMap<>();
        for (WriteOp op : ops) {
            byTable.computeIfAbsent(op.key().table(), t -> new ArrayList<>()).add(op.request());
        }
        return BatchWriteItemRequest.builder().overrideConfiguration(Call.OVERRIDE).requestItems(byTable).returnConsumedCapacity(capacity).build();
    }

    /** Sends the operations once, as the chunk's attempt {@code number}; completes with those DynamoDB left unprocessed, in their order. */
    static CompletableFuture<List<WriteOp>> send(Sender sender, List<WriteOp> ops, int number,
                                                 ReturnConsumedCapacity capacity, BatchStats stats) {
        BatchWriteItemRequest request = request(ops, capacity);
        String tables = String.join(",", request.requestItems().keySet());
        return sender.send(Call.batchWrite(tables, request).attempt(number)).thenApply(response -> {
            stats.consumed(response.consumedCapacity());
            return !response.hasUnprocessedItems() || response.unprocessedItems().isEmpty()
                    ? List.of() : unprocessed(ops, response.unprocessedItems());
        });
    }

    static List<WriteOp> unprocessed(List<WriteOp> ops, Map<String, List<WriteRequest>> unprocessed) {
        Map<String, EntitySchema<?>> schemas = new HashMap<>();
        ops.forEach(op -> schemas.putIfAbsent(op.key().table(), op.model().schema()));
        Set<TableKey> left = new HashSet<>();
        unprocessed.forEach((table, requests) -> {
            for (WriteRequest request : requests) {
                left.add(request.putRequest() != null
                        ? TableKey.ofItem(table, schemas.get(table), request.putRequest().item())
                        : new TableKey(table, request.deleteRequest().key()));
            }
        });
        List<WriteOp> pending = new ArrayList<>(left.size());
        for (WriteOp op : ops) {
            if (left.remove(op.key())) {
                pending.add(op);
            }
        }
        if (!left.isEmpty()) {
            // Never expected: DynamoDB returns only what it was sent. Losing track would break the count.
            throw new IllegalStateException("BatchWriteItem returned unprocessed items that were not sent: " + left);
        }
        return pending;
    }
}
