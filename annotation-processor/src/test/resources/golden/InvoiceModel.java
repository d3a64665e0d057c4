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
 * Reads and writes {@link Invoice} items in table {@code invoices} (plus the runtime's prefix).
 */
@Generated("dev.dynamodel.processor.DynamodelProcessor")
public final class InvoiceModel extends Model<Invoice> {
    private InvoiceModel(Dynamo dynamo) {
        super(dynamo, InvoiceSchema.INSTANCE);
    }

    /**
     * A model over the runtime's client and options.
     */
    public static InvoiceModel of(Dynamo dynamo) {
        return new InvoiceModel(dynamo);
    }

    /**
     * The item with this key, if there is one.
     */
    public Optional<Invoice> get(String id) {
        return getByKey(InvoiceSchema.INSTANCE.key(id));
    }

    /**
     * A read of the item with this key that takes options:
     * {@code consistentRead()}, {@code select(...)}.
     */
    public Get<Invoice> find(String id) {
        return findByKey(InvoiceSchema.INSTANCE.key(id));
    }

    /**
     * Deletes the item with this key; a missing item is not an error.
     */
    public void delete(String id) {
        deleteByKey(InvoiceSchema.INSTANCE.key(id), null);
    }

    /**
     * Deletes the item with this key if the condition holds;
     * else {@code ConditionFailedException}.
     */
    public void delete(String id, Condition condition) {
        deleteByKey(InvoiceSchema.INSTANCE.key(id), condition);
    }

    /**
     * Updates the item with this key in one request;
     * it must exist unless the actions ask for upsert.
     * Returns the entity after the update, unless the actions choose another return mode.
     */
    public Invoice update(String id, Consumer<Update<Invoice>> actions) {
        return updateByKey(InvoiceSchema.INSTANCE.key(id), actions);
    }

    /**
     * The same operations without blocking: futures, and publishers for queries and scans.
     */
    @Override
    public Async async() {
        return new Async(this);
    }

    /**
     * The operations of {@link InvoiceModel} without blocking,
     * through the runtime's {@code DynamoDbAsyncClient}.
     */
    public static final class Async extends AsyncModel<Invoice> {
        private Async(InvoiceModel model) {
            super(model);
        }

        /**
         * The item with this key, if there is one.
         */
        public CompletableFuture<Optional<Invoice>> get(String id) {
            return getByKey(() -> InvoiceSchema.INSTANCE.key(id));
        }

        /**
         * A read of the item with this key that takes options:
         * {@code consistentRead()}, {@code select(...)}.
         */
        public AsyncGet<Invoice> find(String id) {
            return findByKey(() -> InvoiceSchema.INSTANCE.key(id));
        }

        /**
         * Deletes the item with this key; a missing item is not an error.
         */
        public CompletableFuture<Void> delete(String id) {
            return deleteByKey(() -> InvoiceSchema.INSTANCE.key(id), null);
        }

        /**
         * Deletes the item with this key if the condition holds;
         * else {@code ConditionFailedException}.
         */
        public CompletableFuture<Void> delete(String id, Condition condition) {
            return deleteByKey(() -> InvoiceSchema.INSTANCE.key(id), condition);
        }

        /**
         * Updates the item with this key in one request;
         * it must exist unless the actions ask for upsert.
         * Returns the entity after the update, unless the actions choose another return mode.
         */
        public CompletableFuture<Invoice> update(String id, Consumer<Update<Invoice>> actions) {
            return updateByKey(() -> InvoiceSchema.INSTANCE.key(id), actions);
        }
    }

    /**
     * Makes {@link InvoiceModel}s for integrations such as the Spring Boot starter, which find
     * this class in the model index, {@code META-INF/services/dev.dynamodel.ModelFactory}.
     * In your own code, call {@link InvoiceModel#of} instead.
     */
    public static final class Factory implements ModelFactory<InvoiceModel> {
        /**
         * Called by {@code ServiceLoader}.
         */
        public Factory() {
        }

        @Override
        public Class<InvoiceModel> modelType() {
            return InvoiceModel.class;
        }

        @Override
        public InvoiceModel create(Dynamo dynamo) {
            return of(dynamo);
        }
    }
}
