package dev.dynamodel.transaction;

import dev.dynamodel.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * The items of a read transaction, in the order they were asked for.
 *
 * <pre>{@code
 * Optional<Account> account = result.get(accounts).get(0);   // typed, per model, in order
 * Optional<Object> second = result.all().get(1);              // every item, in order
 * }</pre>
 */
public final class ReadTransactionResult {
    private final List<Read> reads;
    private final List<ConsumedCapacity> consumedCapacity;

    ReadTransactionResult(List<Read> reads, List<ConsumedCapacity> consumedCapacity) {
        this.reads = List.copyOf(reads);
        this.consumedCapacity = List.copyOf(consumedCapacity);
    }

    /**
     * The capacity DynamoDB reported for the transaction, one entry per table; empty unless
     * {@code returnConsumedCapacity} was set on the call or the runtime.
     */
    public List<ConsumedCapacity> consumedCapacity() {
        return consumedCapacity;
    }

    /** One item as read: null if there is none with the key. */
    record Read(Model<?> model, Map<String, AttributeValue> item) {
    }

    /** The entities asked for with this model, in order; empty where there is no item. */
    public <T> List<Optional<T>> get(Model<T> model) {
        List<Optional<T>> out = new ArrayList<>();
        for (Read read : reads) {
            if (read.model().tableName().equals(model.tableName()) && read.model().schema().equals(model.schema())) {
                out.add(read.item() == null ? Optional.empty() : Optional.of(model.schema().fromItem(read.item())));
            }
        }
        return out;
    }

    /** The entity of item {@code index} (from 0, in transaction order), as its model's type. */
    public <T> Optional<T> get(int index, Model<T> model) {
        Read read = reads.get(index);
        if (!read.model().tableName().equals(model.tableName()) || !read.model().schema().equals(model.schema())) {
            throw new IllegalArgumentException("Item " + index + " was read with the model of "
                    + read.model().schema().entityName() + " in " + read.model().tableName() + ", not "
                    + model.schema().entityName() + " in " + model.tableName());
        }
        return read.item() == null ? Optional.empty() : Optional.of(model.schema().fromItem(read.item()));
    }

    /** Every item in transaction order, each as the entity of the model it was asked with. */
    public List<Optional<Object>> all() {
        List<Optional<Object>> out = new ArrayList<>(reads.size());
        for (Read read : reads) {
            out.add(read.item() == null ? Optional.empty() : Optional.of(read.model().schema().fromItem(read.item())));
        }
        return out;
    }

    /** How many items were asked for. */
    public int size() {
        return reads.size();
    }
}
