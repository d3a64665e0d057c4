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
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Account} items in table {@code accounts} (plus the runtime's prefix).
 */
@Generated("dev.dynamodel.processor.DynamodelProcessor")
public final class AccountModel extends Model<Account> {
    private AccountModel(Dynamo dynamo) {
        super(dynamo, AccountSchema.INSTANCE);
    }

    /**
     * A model over the runtime's client and options.
     */
    public static AccountModel of(Dynamo dynamo) {
        return new AccountModel(dynamo);
    }

    /**
     * The item with this key, if there is one.
     */
    public Optional<Account> get(UUID id) {
        return getByKey(AccountSchema.INSTANCE.key(id));
    }

    /**
     * A read of the item with this key that takes options:
     * {@code consistentRead()}, {@code select(...)}.
     */
    public Get<Account> find(UUID id) {
        return findByKey(AccountSchema.INSTANCE.key(id));
    }

    /**
     * Deletes the item with this key; a missing item is not an error.
     */
    public void delete(UUID id) {
        deleteByKey(AccountSchema.INSTANCE.key(id), null);
    }

    /**
     * Deletes the item with this key if the condition holds;
     * else {@code ConditionFailedException}.
     */
    public void delete(UUID id, Condition condition) {
        deleteByKey(AccountSchema.INSTANCE.key(id), condition);
    }

    /**
     * Updates the item with this key in one request;
     * it must exist unless the actions ask for upsert.
     * Returns the entity after the update, unless the actions choose another return mode.
     */
    public Account update(UUID id, Consumer<Update<Account>> actions) {
        return updateByKey(AccountSchema.INSTANCE.key(id), actions);
    }

    /**
     * The same operations without blocking: futures, and publishers for queries and scans.
     */
    @Override
    public Async async() {
        return new Async(this);
    }

    /**
     * The operations of {@link AccountModel} without blocking,
     * through the runtime's {@code DynamoDbAsyncClient}.
     */
    public static final class Async extends AsyncModel<Account> {
        private Async(AccountModel model) {
            super(model);
        }

        /**
         * The item with this key, if there is one.
         */
        public CompletableFuture<Optional<Account>> get(UUID id) {
            return getByKey(() -> AccountSchema.INSTANCE.key(id));
        }

        /**
         * A read of the item with this key that takes options:
         * {@code consistentRead()}, {@code select(...)}.
         */
        public AsyncGet<Account> find(UUID id) {
            return findByKey(() -> AccountSchema.INSTANCE.key(id));
        }

        /**
         * Deletes the item with this key; a missing item is not an error.
         */
        public CompletableFuture<Void> delete(UUID id) {
            return deleteByKey(() -> AccountSchema.INSTANCE.key(id), null);
        }

        /**
         * Deletes the item with this key if the condition holds;
         * else {@code ConditionFailedException}.
         */
        public CompletableFuture<Void> delete(UUID id, Condition condition) {
            return deleteByKey(() -> AccountSchema.INSTANCE.key(id), condition);
        }

        /**
         * Updates the item with this key in one request;
         * it must exist unless the actions ask for upsert.
         * Returns the entity after the update, unless the actions choose another return mode.
         */
        public CompletableFuture<Account> update(UUID id, Consumer<Update<Account>> actions) {
            return updateByKey(() -> AccountSchema.INSTANCE.key(id), actions);
        }
    }

    /**
     * Makes {@link AccountModel}s for integrations such as the Spring Boot starter, which find
     * this class in the model index, {@code META-INF/services/dev.dynamodel.ModelFactory}.
     * In your own code, call {@link AccountModel#of} instead.
     */
    public static final class Factory implements ModelFactory<AccountModel> {
        /**
         * Called by {@code ServiceLoader}.
         */
        public Factory() {
        }

        @Override
        public Class<AccountModel> modelType() {
            return AccountModel.class;
        }

        @Override
        public AccountModel create(Dynamo dynamo) {
            return of(dynamo);
        }
    }
}
