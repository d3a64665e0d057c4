package fixtures;

import dev.dynamodel.AsyncModel;
import dev.dynamodel.Dynamo;
import dev.dynamodel.Model;
import dev.dynamodel.ModelFactory;
import dev.dynamodel.condition.Condition;
import dev.dynamodel.query.AsyncGet;
import dev.dynamodel.query.Get;
import dev.dynamodel.update.Update;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Order} items in table {@code orders} (plus the runtime's prefix).
 */
@Generated("dev.dynamodel.processor.DynamodelProcessor")
public final class OrderModel extends Model<Order> {
    private OrderModel(Dynamo dynamo) {
        super(dynamo, OrderSchema.INSTANCE);
    }

    /**
     * A model over the runtime's client and options.
     */
    public static OrderModel of(Dynamo dynamo) {
        return new OrderModel(dynamo);
    }

    /**
     * The item with this key, if there is one.
     */
    public Optional<Order> get(String customerId, Instant placedAt) {
        return getByKey(OrderSchema.INSTANCE.key(customerId, placedAt));
    }

    /**
     * A read of the item with this key that takes options:
     * {@code consistentRead()}, {@code select(...)}.
     */
    public Get<Order> find(String customerId, Instant placedAt) {
        return findByKey(OrderSchema.INSTANCE.key(customerId, placedAt));
    }

    /**
     * Deletes the item with this key; a missing item is not an error.
     */
    public void delete(String customerId, Instant placedAt) {
        deleteByKey(OrderSchema.INSTANCE.key(customerId, placedAt), null);
    }

    /**
     * Deletes the item with this key if the condition holds;
     * else {@code ConditionFailedException}.
     */
    public void delete(String customerId, Instant placedAt, Condition condition) {
        deleteByKey(OrderSchema.INSTANCE.key(customerId, placedAt), condition);
    }

    /**
     * Updates the item with this key in one request;
     * it must exist unless the actions ask for upsert.
     * Returns the entity after the update, unless the actions choose another return mode.
     */
    public Order update(String customerId, Instant placedAt, Consumer<Update<Order>> actions) {
        return updateByKey(OrderSchema.INSTANCE.key(customerId, placedAt), actions);
    }

    /**
     * The same operations without blocking: futures, and publishers for queries and scans.
     */
    @Override
    public Async async() {
        return new Async(this);
    }

    /**
     * The operations of {@link OrderModel} without blocking,
     * through the runtime's {@code DynamoDbAsyncClient}.
     */
    public static final class Async extends AsyncModel<Order> {
        private Async(OrderModel model) {
            super(model);
        }

        /**
         * The item with this key, if there is one.
         */
        public CompletableFuture<Optional<Order>> get(String customerId, Instant placedAt) {
            return getByKey(() -> OrderSchema.INSTANCE.key(customerId, placedAt));
        }

        /**
         * A read of the item with this key that takes options:
         * {@code consistentRead()}, {@code select(...)}.
         */
        public AsyncGet<Order> find(String customerId, Instant placedAt) {
            return findByKey(() -> OrderSchema.INSTANCE.key(customerId, placedAt));
        }

        /**
         * Deletes the item with this key; a missing item is not an error.
         */
        public CompletableFuture<Void> delete(String customerId, Instant placedAt) {
            return deleteByKey(() -> OrderSchema.INSTANCE.key(customerId, placedAt), null);
        }

        /**
         * Deletes the item with this key if the condition holds;
         * else {@code ConditionFailedException}.
         */
        public CompletableFuture<Void> delete(String customerId, Instant placedAt,
                Condition condition) {
            return deleteByKey(() -> OrderSchema.INSTANCE.key(customerId, placedAt), condition);
        }

        /**
         * Updates the item with this key in one request;
         * it must exist unless the actions ask for upsert.
         * Returns the entity after the update, unless the actions choose another return mode.
         */
        public CompletableFuture<Order> update(String customerId, Instant placedAt,
                Consumer<Update<Order>> actions) {
            return updateByKey(() -> OrderSchema.INSTANCE.key(customerId, placedAt), actions);
        }
    }

    /**
     * Makes {@link OrderModel}s for integrations such as the Spring Boot starter, which find
     * this class in the model index, {@code META-INF/services/dev.dynamodel.ModelFactory}.
     * In your own code, call {@link OrderModel#of} instead.
     */
    public static final class Factory implements ModelFactory<OrderModel> {
        /**
         * Called by {@code ServiceLoader}.
         */
        public Factory() {
        }

        @Override
        public Class<OrderModel> modelType() {
            return OrderModel.class;
        }

        @Override
        public OrderModel create(Dynamo dynamo) {
            return of(dynamo);
        }
    }
}
