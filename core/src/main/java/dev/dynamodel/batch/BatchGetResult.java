package dev.dynamodel.batch;

import dev.dynamodel.Model;
import dev.dynamodel.internal.TableKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * The items of a batch get, typed by the model they were asked with, in the order their keys
 * were given. A key given twice appears twice (it was read once).
 *
 * <pre>{@code
 * BatchGetResult result = dynamo.batchGet().getAll(movies, keys).execute();
 * List<Optional<Movie>> each = result.get(movies);     // one per key, empty where not found
 * List<Movie> found = result.found(movies);            // only those found, in key order
 * List<Map<String, AttributeValue>> missing = result.missing(movies);
 * }</pre>
 */
public final class BatchGetResult {
    private final List<Requested> requested;
    private final Map<TableKey, Map<String, AttributeValue>> found;
    private final Set<TableKey> unread;
    private final int requests;
    private final List<ConsumedCapacity> consumedCapacity;

    BatchGetResult(List<Requested> requested, Map<TableKey, Map<String, AttributeValue>> found, Set<TableKey> unread,
                   int requests, List<ConsumedCapacity> consumedCapacity) {
        this.consumedCapacity = consumedCapacity;
        this.requested = List.copyOf(requested);
        this.found = Map.copyOf(found);
        this.unread = Set.copyOf(unread);
        this.requests = requests;
    }

    /** One key as given, with its model. */
    record Requested(Model<?> model, TableKey key) {
    }

    /** One entry per key given with this model, in order: the entity, or empty if there is no such item. */
    public <T> List<Optional<T>> get(Model<T> model) {
        List<Optional<T>> out = new ArrayList<>();
        for (Requested r : requested) {
            if (same(model, r.model())) {
                Map<String, AttributeValue> item = found.get(r.key());
                out.add(item == null ? Optional.empty() : Optional.of(model.schema().fromItem(item)));
            }
        }
        return out;
    }

    /** The entity with this key, if it was asked for and found. */
    public <T> Optional<T> get(Model<T> model, Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = found.get(new TableKey(model.tableName(), key));
        return item == null ? Optional.empty() : Optional.of(model.schema().fromItem(item));
    }

    /** The entities found for this model's keys, in key order (a key given twice gives two). */
    public <T> List<T> found(Model<T> model) {
        return get(model).stream().flatMap(Optional::stream).toList();
    }

    /** This model's keys that have no item, in the order given. Keys not read (see {@link #unread}) are not here. */
    public List<Map<String, AttributeValue>> missing(Model<?> model) {
        return requested.stream()
                .filter(r -> same(model, r.model()) && !found.containsKey(r.key()) && !unread.contains(r.key()))
                .map(r -> r.key().key()).toList();
    }

    /**
     * This model's keys that could not be read (retries exhausted); empty unless this result came
     * with a {@link BatchGetException}.
     */
    public List<Map<String, AttributeValue>> unread(Model<?> model) {
        return requested.stream().filter(r -> same(model, r.model()) && unread.contains(r.key()))
                .map(r -> r.key().key()).toList();
    }

    /** How many keys were given, duplicates included. */
    public int size() {
        return requested.size();
    }

    /** How many distinct items were found. */
    public int foundCount() {
        return found.size();
    }

    /**
     * The capacity DynamoDB reported, summed per table over every request and retry; empty unless
     * {@code returnConsumedCapacity} was set on the call or the runtime.
     */
    public List<ConsumedCapacity> consumedCapacity() {
        return consumedCapacity;
    }

    /** How many BatchGetItem requests were sent, retries included. */
    public int requests() {
        return requests;
    }

    private static boolean same(Model<?> a, Model<?> b) {
        return a.tableName().equals(b.tableName()) && a.schema().equals(b.schema());
    }
}
