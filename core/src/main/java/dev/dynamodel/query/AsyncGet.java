package dev.dynamodel.query;

import dev.dynamodel.internal.Futures;
import dev.dynamodel.schema.Attribute;
import dev.dynamodel.internal.Expiry;
import dev.dynamodel.internal.Sender;
import dev.dynamodel.schema.EntitySchema;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@link Get} without blocking: the same options and the same request, sent through the runtime's
 * {@code DynamoDbAsyncClient}. Generated models offer it as {@code async().find(key...)}.
 *
 * <pre>{@code
 * CompletableFuture<Optional<Order>> fresh = orders.async().find("ada", "2024-01").consistentRead().get();
 * }</pre>
 *
 * @param <T> the entity type
 */
public final class AsyncGet<T> {
    private final Get<T> get;
    private final RuntimeException refused;

    /**
     * Made by the runtime (a user's module cannot name {@link Sender}): use {@code async().find(key...)}.
     * The key is built here; if that throws (a null, empty or invalid key value), the exception is
     * kept for {@link #get()} to fail its future with, since no method of the async face throws.
     */
    public AsyncGet(Sender sender, String tableName, EntitySchema<T> schema, Supplier<Map<String, AttributeValue>> key,
                    Expiry expiry) {
        Get<T> built = null;
        RuntimeException failure = null;
        try {
            built = new Get<>(sender, tableName, schema, key.get(), expiry);
        } catch (RuntimeException e) {
            failure = e;
        }
        this.get = built;
        this.refused = failure;
    }

    /** A strongly consistent read, as {@link Get#consistentRead()}. */
    public AsyncGet<T> consistentRead() {
        if (refused == null) {
            get.consistentRead();
        }
        return this;
    }

    /** Reads only these attributes or nested paths, as {@link Get#select}. */
    public AsyncGet<T> select(Attribute<?>... attributes) {
        if (refused == null) {
            get.select(attributes);
        }
        return this;
    }

    /**
     * The item, if there is one (and it is not an expired item the runtime hides). The future fails
     * with the library's exception itself, as {@link Get#get()} would throw it.
     */
    public CompletableFuture<Optional<T>> get() {
        return refused != null ? CompletableFuture.failedFuture(refused) : Futures.unwrapped(get::read);
    }
}
