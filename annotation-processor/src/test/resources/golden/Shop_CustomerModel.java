package fixtures;

import dev.dynamodel.AsyncModel;
import dev.dynamodel.Dynamo;
import dev.dynamodel.Model;
import dev.dynamodel.ModelFactory;
import dev.dynamodel.condition.Condition;
import dev.dynamodel.query.AsyncGet;
import dev.dynamodel.query.Get;
import dev.dynamodel.update.Update;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Shop.Customer} items in table {@code Shop} (plus the runtime's prefix).
 */
@Generated("dev.dynamodel.processor.DynamodelProcessor")
public final class Shop_CustomerModel extends Model<Shop.Customer> {
    private Shop_CustomerModel(Dynamo dynamo) {
        super(dynamo, Shop_CustomerSchema.INSTANCE);
    }

    /**
     * A model over the runtime's client and options.
     */
    public static Shop_CustomerModel of(Dynamo dynamo) {
        return new Shop_CustomerModel(dynamo);
    }

    /**
     * The item with this key, if there is one.
     */
    public Optional<Shop.Customer> get(String id) {
        return getByKey(Shop_CustomerSchema.INSTANCE.key(id));
    }

    /**
     * A read of the item with this key that takes options:
     * {@code consistentRead()}, {@code select(...)}.
     */
    public Get<Shop.Customer> find(String id) {
        return findByKey(Shop_CustomerSchema.INSTANCE.key(id));
    }

    /**
     * Deletes the item with this key; a missing item is not an error.
     */
    public void delete(String id) {
        deleteByKey(Shop_CustomerSchema.INSTANCE.key(id), null);
    }

    /**
     * Deletes the item with this key if the condition holds;
     * else {@code ConditionFailedException}.
     */
    public void delete(String id, Condition condition) {
        deleteByKey(Shop_CustomerSchema.INSTANCE.key(id), condition);
    }

    /**
     * Updates the item with this key in one request;
     * it must exist unless the actions ask for upsert.
     * Returns the entity after the update, unless the actions choose another return mode.
     */
    public Shop.Customer update(String id, Consumer<Update<Shop.Customer>> actions) {
        return updateByKey(Shop_CustomerSchema.INSTANCE.key(id), actions);
    }

    /**
     * The same operations without blocking: futures, and publishers for queries and scans.
     */
    @Override
    public Async async() {
        return new Async(this);
    }

    /**
     * The operations of {@link Shop_CustomerModel} without blocking,
     * through the runtime's {@code DynamoDbAsyncClient}.
     */
    public static final class Async extends AsyncModel<Shop.Customer> {
        private Async(Shop_CustomerModel model) {
            super(model);
        }

        /**
         * The item with this key, if there is one.
         */
        public CompletableFuture<Optional<Shop.Customer>> get(String id) {
            return getByKey(() -> Shop_CustomerSchema.INSTANCE.key(id));
        }

        /**
         * A read of the item with this key that takes options:
         * {@code consistentRead()}, {@code select(...)}.
         */
        public AsyncGet<Shop.Customer> find(String id) {
            return findByKey(() -> Shop_CustomerSchema.INSTANCE.key(id));
        }

        /**
         * Deletes the item with this key; a missing item is not an error.
         */
        public CompletableFuture<Void> delete(String id) {
            return deleteByKey(() -> Shop_CustomerSchema.INSTANCE.key(id), null);
        }

        /**
         * Deletes the item with this key if the condition holds;
         * else {@code ConditionFailedException}.
         */
        public CompletableFuture<Void> delete(String id, Condition condition) {
            return deleteByKey(() -> Shop_CustomerSchema.INSTANCE.key(id), condition);
        }

        /**
         * Updates the item with this key in one request;
         * it must exist unless the actions ask for upsert.
         * Returns the entity after the update, unless the actions choose another return mode.
         */
        public CompletableFuture<Shop.Customer> update(String id,
                Consumer<Update<Shop.Customer>> actions) {
            return updateByKey(() -> Shop_CustomerSchema.INSTANCE.key(id), actions);
        }
    }

    /**
     * Makes {@link Shop_CustomerModel}s for integrations such as the Spring Boot starter, which find
     * this class in the model index, {@code META-INF/services/dev.dynamodel.ModelFactory}.
     * In your own code, call {@link Shop_CustomerModel#of} instead.
     */
    public static final class Factory implements ModelFactory<Shop_CustomerModel> {
        /**
         * Called by {@code ServiceLoader}.
         */
        public Factory() {
        }

        @Override
        public Class<Shop_CustomerModel> modelType() {
            return Shop_CustomerModel.class;
        }

        @Override
        public Shop_CustomerModel create(Dynamo dynamo) {
            return of(dynamo);
        }
    }
}
