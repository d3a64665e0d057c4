package dev.dynamodel.schema;

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
public interface EntitySchema<T> extends DocumentSchema<T> {

    /** The entity's simple Java name, for messages. */
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
}
