package dev.dynamodel.schema;

import dev.dynamodel.support.Violations;
import dev.dynamodel.exception.ItemReader;
import dev.dynamodel.support.UpdateAction;
import dev.dynamodel.table.TableOptions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What the runtime needs to know about an entity's table: its name, its key and how to take the
 * key out of an entity. Generated as {@code <Name>Schema} for every {@code @Entity}.
 *
 * <pre>{@code
 * EntitySchema<Movie> schema = MovieSchema.INSTANCE;
 * schema.tableName();        // "Movies"
 * schema.hashKey().name();   // "year"
 * }</pre>
 *
 * @param <T> the entity type
 */
public interface EntitySchema<T> extends DocumentSchema<T>, ItemReader<T> {

    /** The entity's simple Java name, for messages. */
    @Override
    String entityName();

    /** The declared table name, before any runtime prefix. */
    String tableName();

    /** The partition key attribute. */
    KeyAttribute hashKey();

    /** The sort key attribute, if the table has one. */
    Optional<KeyAttribute> rangeKey();

    /** The secondary indexes, in declaration order: global ones first, then local ones. */
    default List<IndexDefinition> indexes() {
        return List.of();
    }

    /**
     * The timestamp actions every update adds: created-at only if absent, updated-at always.
     */
    default List<UpdateAction> timestampActions(Instant now) {
        return List.of();
    }

    /**
     * The default actions every update adds: forced defaults always, plain defaults on an upsert
     * only if the attribute is absent.
     */
    default List<UpdateAction> defaultActions(boolean upsert) {
        return List.of();
    }

    /** Attributes that must hold a value ({@code @NotNull} and the like) and that no default fills. */
    default List<String> requiredAttributes() {
        return List.of();
    }

    /** The stored name of the {@code @Version} attribute, if the entity has one. */
    default Optional<String> versionAttribute() {
        return Optional.empty();
    }

    /** The entity's version, or null when it has none yet (or the entity is not versioned). */
    default Long versionOf(T entity) {
        return null;
    }

    /** The entity with another version: a copy for records and immutable classes, set in place otherwise. */
    default T withVersion(T entity, long version) {
        return entity;
    }

    /**
     * The key attributes of an entity.
     *
     * @throws IllegalArgumentException if a key value is null or empty
     */
    Map<String, AttributeValue> keyOf(T entity);

    /**
     * The write pipeline that every write runs before its request is built: defaults, then
     * validation, then timestamps. The item is then made with {@link #toItem}, which is where
     * values are converted (built-in codecs and {@code @Convert} converters).
     *
     * <pre>{@code
     * Movie ready = schema.prepareForWrite(movie, WriteKind.SAVE, clock);
     * Map<String, AttributeValue> item = schema.toItem(ready);
     * }</pre>
     *
     * @param kind  decides how timestamps are stamped
     * @param clock the time of timestamps and of {@code @Past}/{@code @Future} checks
     * @return the entity as it will be stored: the caller's instance for a mutable class, else a new
     *         one when a default or timestamp changed it
     * @throws dev.dynamodel.exception.ValidationException listing every violation; nothing is sent
     */
    default T prepareForWrite(T entity, WriteKind kind, Clock clock) {
        T withDefaults = applyDefaults(entity);
        Violations violations = new Violations(clock);
        validate(withDefaults, violations);
        violations.throwIfAny(entityName());
        return applyTimestamps(withDefaults, kind, violations.now());
    }

    /**
     * The last step of the write pipeline: the entity with its {@code @Timestamps} fields set for
     * this kind of write, truncated to what their storage keeps.
     */
    default T applyTimestamps(T entity, WriteKind kind, Instant now) {
        return entity;
    }

    /**
     * The table options declared with {@code @Table} (and the throughput of {@code @GlobalIndex}es);
     * DynamoDB's defaults when there is no {@code @Table}.
     */
    default TableOptions tableOptions() {
        return TableOptions.defaults();
    }

    /**
     * The entity's place in a {@code @Family}: its type name and key templates; empty for an
     * entity with plain {@code @HashKey}/{@code @RangeKey} fields.
     */
    default Optional<FamilyMember> familyMember() {
        return Optional.empty();
    }

    /** The attribute named by {@code @Ttl}, if the entity has one. */
    default Optional<String> ttlAttribute() {
        return Optional.empty();
    }
}
