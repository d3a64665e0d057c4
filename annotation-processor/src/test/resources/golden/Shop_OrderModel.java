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
 * Reads and writes {@link Shop.Order} items in table {@code Shop} (plus the runtime's prefix).
 */
@Generated("dev.dynamodel.processor.DynamodelProcessor")
public final class Shop_OrderModel extends Model<Shop.Order> {
    private Shop_OrderModel(Dynamo dynamo) {
        super(dynamo, Shop_OrderSchema.INSTANCE);
    }

    /**
     * A model over the runtime's client and options.
     */
    public static Shop_OrderModel of(Dynamo dynamo) {
        return new Shop_OrderModel(dynamo);
    }

    /**
     * The item with this key, if there is one.
     */
    public Optional<Shop.Order> get(String customerId, Instant placedAt, int number) {
        return getByKey(Shop_OrderSchema.INSTANCE.key(customerId, placedAt, number));
    }

    /**
     * A read of the item with this key that takes options:
     * {@code consistentRead()}, {@code select(...)}.
     */
    public Get<Shop.Order> find(String customerId, Instant placedAt, int number) {
        return findByKey(Shop_OrderSchema.INSTANCE.key(customerId, placedAt, number));
    }

    /**
     * Deletes the item with this key; a missing item is not an error.
     */
    public void delete(String customerId, Instant placedAt, int number) {
        deleteByKey(Shop_OrderSchema.INSTANCE.key(customerId, placedAt, number), null);
    }

    /**
     * Deletes the item with this key if the condition holds;
     * else {@code ConditionFailedException}.
     */
    public void delete(String customerId, Instant placedAt, int number, Condition condition) {
        deleteByKey(Shop_OrderSchema.INSTANCE.key(customerId, placedAt, number), condition);
    }

    /**
     * Updates the item with this key in one request;
     * it must exist unless the actions ask for upsert.
     * Returns the entity after the update, unless the actions choose another return mode.
     */
    public Shop.Order update(String customerId, Instant placedAt, int number,
            Consumer<Update<Shop.Order>> actions) {
        return updateByKey(Shop_OrderSchema.INSTANCE.key(customerId, placedAt, number), actions);
    }

    /**
     * The same operations without blocking: futures, and publishers for queries and scans.
     */
    @Override
    public Async async() {
        return new Async(this);
    }

    /**
     * The operations of {@link Shop_OrderModel} without blocking,
     * through the runtime's {@code DynamoDbAsyncClient}.
     */
    public static final class Async extends AsyncModel<Shop.Order> {
        private Async(Shop_OrderModel model) {
            super(model);
        }

        /**
         * The item with this key, if there is one.
         */
        public CompletableFuture<Optional<Shop.Order>> get(String customerId, Instant placedAt,
                int number) {
            return getByKey(() -> Shop_OrderSchema.INSTANCE.key(customerId, placedAt, number));
        }

        /**
         * A read of the item with this key that takes options:
         * {@code consistentRead()}, {@code select(...)}.
         */
        public AsyncGet<Shop.Order> find(String customerId, Instant placedAt, int number) {
            return findByKey(() -> Shop_OrderSchema.INSTANCE.key(customerId, placedAt, number));
        }

        /**
         * Deletes the item with this key; a missing item is not an error.
         */
        public CompletableFuture<Void> delete(String customerId, Instant placedAt, int number) {
            return deleteByKey(() -> Shop_OrderSchema.INSTANCE.key(customerId, placedAt, number), null);
        }

        /**
         * Deletes the item with this key if the condition holds;
         * else {@code ConditionFailedException}.
         */
        public CompletableFuture<Void> delete(String customerId, Instant placedAt, int number,
                Condition condition) {
            return deleteByKey(() -> Shop_OrderSchema.INSTANCE.key(customerId, placedAt, number), condition);
        }

        /**
         * Updates the item with this key in one request;
         * it must exist unless the actions ask for upsert.
         * Returns the entity after the update, unless the actions choose another return mode.
         */
        public CompletableFuture<Shop.Order> update(String customerId, Instant placedAt, int number,
                Consumer<Update<Shop.Order>> actions) {
            return updateByKey(() -> Shop_OrderSchema.INSTANCE.key(customerId, placedAt, number), actions);
        }
    }

    /**
     * Makes {@link Shop_OrderModel}s for integrations such as the Spring Boot starter, which find
     * this class in the model index, {@code META-INF/services/dev.dynamodel.ModelFactory}.
     * In your own code, call {@link Shop_OrderModel#of} instead.
     */
    public static final class Factory implements ModelFactory<Shop_OrderModel> {
        /**
         * Called by {@code ServiceLoader}.
         */
        public Factory() {
        }

        @Override
        public Class<Shop_OrderModel> modelType() {
            return Shop_OrderModel.class;
        }

        @Override
        public Shop_OrderModel create(Dynamo dynamo) {
            return of(dynamo);
        }
    }
}
