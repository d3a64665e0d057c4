package fixtures;

import dev.dynamodel.Dynamo;
import dev.dynamodel.Model;
import java.util.Optional;
import java.util.UUID;
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
     * Deletes the item with this key; a missing item is not an error.
     */
    public void delete(UUID id) {
        deleteByKey(AccountSchema.INSTANCE.key(id));
    }
}
