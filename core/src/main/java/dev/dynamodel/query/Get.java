package dev.dynamodel.query;

import dev.dynamodel.condition.ExpressionWriter;
import dev.dynamodel.internal.Call;
import dev.dynamodel.internal.Expiry;
import dev.dynamodel.internal.Futures;
import dev.dynamodel.internal.Sender;
import dev.dynamodel.schema.Attribute;
import dev.dynamodel.schema.EntitySchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/**
 * A read of one item by key (GetItem), with the options a plain {@code get} does not take: a
 * strongly consistent read, and a projection. Generated models offer it as {@code find(key...)}.
 *
 * <pre>{@code
 * Optional<Order> fresh = orders.find("ada", "2024-01").consistentRead().get();
 * Optional<Order> status = orders.find("ada", "2024-01").select(OrderSchema.STATUS).get();
 * }</pre>
 *
 * @param <T> the entity type
 */
public final class Get<T> {
    private final Sender sender;
    private final String tableName;
    private final EntitySchema<T> schema;
    private final Map<String, AttributeValue> key;
    private final Expiry expiry;
    private boolean consistentRead;
    private Projection projection;

    /** Made by the runtime (a user's module cannot name {@link Sender}): use {@code find(key...)}. */
    public Get(Sender sender, String tableName, EntitySchema<T> schema, Map<String, AttributeValue> key,
               Expiry expiry) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.tableName = tableName;
        this.schema = schema;
        this.key = key;
        this.expiry = expiry;
    }

    /**
     * A strongly consistent read: it sees every write acknowledged before it (twice the read
     * capacity of the default, eventually consistent, read). Read-modify-write with
     * {@code @Version} wants it, to start from the latest version.
     */
    public Get<T> consistentRead() {
        this.consistentRead = true;
        return this;
    }

    /**
     * Reads only these attributes or nested paths ({@code ADDRESS.city()} reads {@code address.city}
     * only). The key attributes are always read. The entity's other fields are null (a primitive
     * field is its zero), so a projected entity is for reading, not for saving back.
     */
    public Get<T> select(Attribute<?>... attributes) {
        this.projection = Projection.of(attributes);
        return this;
    }

    /** The request {@link #get()} sends, without sending it. */
    public GetItemRequest request() {
        GetItemRequest.Builder request = GetItemRequest.builder()
                .overrideConfiguration(Call.OVERRIDE)
                .tableName(tableName)
                .key(key)
                .consistentRead(consistentRead ? Boolean.TRUE : null);
        if (projection != null) {
            ExpressionWriter writer = new ExpressionWriter();
            request.projectionExpression(projection.expression(writer, alsoNeeded()))
                    .expressionAttributeNames(writer.names());
        }
        return request.build();
    }

    /** The item, if there is one (and it is not an expired item the runtime hides). */
    public Optional<T> get() {
        return Futures.join(read());
    }

    /** The read as a plan over the sender: {@link #get()} runs it blocking, {@link AsyncGet} not. */
    CompletableFuture<Optional<T>> read() {
        return Futures.attempt(() -> sender.send(Call.get(tableName, request())).thenApply(response -> {
            Map<String, AttributeValue> item = response.hasItem() ? expiry.visible(response.item()) : null;
            return item == null ? Optional.<T>empty() : Optional.of(schema.fromItem(item));
        }));
    }

    /** The keys, and the TTL without which an expired item could not be told apart. */
    private List<String> alsoNeeded() {
        List<String> names = new ArrayList<>(3);
        names.add(schema.hashKey().name());
        schema.rangeKey().ifPresent(range -> names.add(range.name()));
        expiry.attribute().ifPresent(names::add);
        return names;
    }
}
