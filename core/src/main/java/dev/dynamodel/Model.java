package dev.dynamodel;

import dev.dynamodel.internal.Expiry;
import dev.dynamodel.internal.Requests;
import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.schema.KeyAttribute;
import dev.dynamodel.schema.WriteKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * The operations on one entity's table. Generated {@code <Name>Model} classes extend it and add
 * the methods that take the entity's typed key ({@code get(int year, String title)}).
 *
 * <pre>{@code
 * MovieModel movies = MovieModel.of(dynamo);
 * movies.createTable();
 * movies.create(new Movie(2013, "Rush", null));
 * Optional<Movie> rush = movies.get(2013, "Rush");
 * }</pre>
 *
 * @param <T> the entity type
 */
public abstract class Model<T> {
    private final Dynamo dynamo;
    private final EntitySchema<T> schema;
    private final String tableName;

    protected Model(Dynamo dynamo, EntitySchema<T> schema) {
        this.dynamo = Objects.requireNonNull(dynamo, "dynamo");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.tableName = dynamo.tableName(schema.tableName());
    }

    /** The physical table name: the runtime's prefix and the declared name. */
    public String tableName() {
        return tableName;
    }

    /** The generated schema this model works from. */
    public EntitySchema<T> schema() {
        return schema;
    }

    /**
     * Writes a new item.
     *
     * @return the entity as stored, with defaults and timestamps applied
     * @throws ItemAlreadyExistsException if an item with the same key exists; nothing is written
     * @throws ValidationException if the entity breaks its schema's rules; nothing is sent
     * @throws IllegalArgumentException if a key value is null or empty; nothing is sent
     */
    public T create(T entity) {
        T stored = prepareForWrite(entity, WriteKind.CREATE);
        Map<String, AttributeValue> key = schema.keyOf(stored);
        PutItemRequest request = PutItemRequest.builder()
                .tableName(tableName)
                .item(schema.toItem(stored))
                .conditionExpression("attribute_not_exists(#pk)")
                .expressionAttributeNames(Map.of("#pk", schema.hashKey().name()))
                .build();
        Requests.send("PutItem", tableName, () -> client().putItem(request),
                e -> e instanceof ConditionalCheckFailedException
                        ? new ItemAlreadyExistsException(tableName, key.toString(), e) : null);
        return stored;
    }

    /**
     * Writes an item, replacing any item with the same key.
     *
     * @return the entity as stored, with defaults and timestamps applied
     * @throws ValidationException if the entity breaks its schema's rules; nothing is sent
     */
    public T save(T entity) {
        T stored = prepareForWrite(entity, WriteKind.SAVE);
        schema.keyOf(stored);
        PutItemRequest request = PutItemRequest.builder().tableName(tableName).item(schema.toItem(stored)).build();
        Requests.send("PutItem", tableName, () -> client().putItem(request));
        return stored;
    }

    /**
     * The write pipeline every write runs before building its request (defaults, validation,
     * timestamps; see {@link EntitySchema#prepareForWrite}), with this runtime's clock.
     */
    protected T prepareForWrite(T entity, WriteKind kind) {
        return schema.prepareForWrite(Objects.requireNonNull(entity, "entity"), kind, dynamo.clock());
    }

    /** Whether a read item must be treated as missing: its TTL has passed and the runtime hides such items. */
    protected boolean hidden(Map<String, AttributeValue> item) {
        if (!dynamo.hideExpiredItems()) {
            return false;
        }
        Optional<String> ttl = schema.ttlAttribute();
        return ttl.isPresent() && Expiry.expired(item, ttl.get(), dynamo.clock().instant());
    }

    /** Deletes the item with the entity's key; a missing item is not an error. */
    public void delete(T entity) {
        deleteByKey(schema.keyOf(entity));
    }

    /** Reads the item with a key built by the generated schema. */
    protected Optional<T> getByKey(Map<String, AttributeValue> key) {
        GetItemRequest request = GetItemRequest.builder().tableName(tableName).key(key).build();
        GetItemResponse response = Requests.send("GetItem", tableName, () -> client().getItem(request));
        return response.hasItem() && !response.item().isEmpty() && !hidden(response.item())
                ? Optional.of(schema.fromItem(response.item()))
                : Optional.empty();
    }

    /** Deletes the item with a key built by the generated schema; deleting a missing item is not an error. */
    protected void deleteByKey(Map<String, AttributeValue> key) {
        DeleteItemRequest request = DeleteItemRequest.builder().tableName(tableName).key(key).build();
        Requests.send("DeleteItem", tableName, () -> client().deleteItem(request));
    }

    /** The request {@link #createTable()} sends: the key schema, on-demand billing. */
    public CreateTableRequest createTableRequest() {
        List<KeySchemaElement> keySchema = new ArrayList<>();
        List<AttributeDefinition> definitions = new ArrayList<>();
        addKey(schema.hashKey(), KeyType.HASH, keySchema, definitions);
        schema.rangeKey().ifPresent(range -> addKey(range, KeyType.RANGE, keySchema, definitions));
        return CreateTableRequest.builder()
                .tableName(tableName)
                .keySchema(keySchema)
                .attributeDefinitions(definitions)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build();
    }

    private static void addKey(KeyAttribute key, KeyType type, List<KeySchemaElement> keySchema,
                               List<AttributeDefinition> definitions) {
        keySchema.add(KeySchemaElement.builder().attributeName(key.name()).keyType(type).build());
        definitions.add(AttributeDefinition.builder().attributeName(key.name()).attributeType(key.type()).build());
    }

    /** Creates the table, waits until it is active, and turns on time to live for a {@code @Ttl} attribute. */
    public void createTable() {
        CreateTableRequest request = createTableRequest();
        Requests.send("CreateTable", tableName, () -> client().createTable(request));
        Requests.send("DescribeTable", tableName,
                () -> client().waiter().waitUntilTableExists(b -> b.tableName(tableName)));
        schema.ttlAttribute().ifPresent(this::enableTimeToLive);
    }

    private void enableTimeToLive(String attribute) {
        Requests.send("UpdateTimeToLive", tableName, () -> client().updateTimeToLive(b -> b.tableName(tableName)
                .timeToLiveSpecification(t -> t.attributeName(attribute).enabled(true))));
    }

    /** Creates the table unless it exists already. Returns true if it was created. */
    public boolean createTableIfNotExists() {
        if (tableExists()) {
            return false;
        }
        createTable();
        return true;
    }

    /** Whether the table exists. */
    public boolean tableExists() {
        try {
            Requests.send("DescribeTable", tableName, () -> client().describeTable(b -> b.tableName(tableName)),
                    e -> e instanceof ResourceNotFoundException ? new TableMissing() : null);
            return true;
        } catch (TableMissing e) {
            return false;
        }
    }

    /** Deletes the table and waits until it is gone. */
    public void deleteTable() {
        Requests.send("DeleteTable", tableName, () -> client().deleteTable(b -> b.tableName(tableName)));
        Requests.send("DescribeTable", tableName,
                () -> client().waiter().waitUntilTableNotExists(b -> b.tableName(tableName)));
    }

    /** The SDK client, for subclasses. */
    protected final DynamoDbClient client() {
        return dynamo.client();
    }

    /** The runtime this model was made from. */
    public Dynamo dynamo() {
        return dynamo;
    }

    /** Signals a missing table inside {@link #tableExists()}; never escapes. */
    private static final class TableMissing extends RuntimeException {
        TableMissing() {
            super(null, null, false, false);
        }
    }
}
