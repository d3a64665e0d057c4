package dev.dynamodel.internal;

import dev.dynamodel.support.Nesting;
import dev.dynamodel.support.StoredValues;
import dev.dynamodel.exception.ValidationException;
import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.schema.KeyAttribute;
import dev.dynamodel.schema.WriteKind;
import dev.dynamodel.support.Checks;
import dev.dynamodel.support.Defaults;
import dev.dynamodel.support.Keys;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The one step every entity goes through before any write path (create, save, batches,
 * transactions) writes it: the schema's pipeline (defaults, validation, timestamps), the key check,
 * {@code @Version}, and the conversion to an item. Batches and transactions call it for all their
 * items before sending anything, so an item that fails here stops the whole call with nothing
 * written. Not an API.
 */
public final class EntityWrites {
    private EntityWrites() {
    }

    /** How a write sets {@code @Version}, as {@code Model.create} and {@code Model.save} do. */
    public enum Kind {
        /** A new item: version 1, expected absent. */
        CREATE,
        /** A new or replaced item: the next version (1 for none), expecting the entity's one. */
        SAVE
    }

    /**
     * An entity ready to be written.
     *
     * @param entity the entity as it will be stored (with its new version, if versioned)
     * @param key its key attributes
     * @param item the whole item to write
     * @param expectedVersion the version the stored item must have for a checked write; null when
     *                        none (a new item, or an entity without {@code @Version})
     */
    public record Prepared<T>(T entity, Map<String, AttributeValue> key, Map<String, AttributeValue> item,
                              Long expectedVersion) {
    }

    /**
     * Checks an entity and makes it ready to write.
     *
     * @throws IllegalArgumentException if a key value is null or empty
     * @throws ValidationException if a value breaks the schema's rules or is one DynamoDB refuses
     *         ({@link StoredValues}): text that is not valid Unicode, nesting too deep, a null in a set
     * @throws RuntimeException whatever the schema's conversion throws for a value it cannot store
     */
    public static <T> Prepared<T> prepare(EntitySchema<T> schema, T entity, Kind kind, Clock clock) {
        if (entity == null) {
            throw new IllegalArgumentException("A " + schema.entityName() + " to write must not be null");
        }
        // Defaults, validation and timestamps first: a forced default may derive a key.
        T ready;
        try {
            ready = schema.prepareForWrite(entity, kind == Kind.CREATE ? WriteKind.CREATE : WriteKind.SAVE, clock);
        } catch (Nesting.TooDeep e) {
            throw new ValidationException(schema.entityName(), e.violations()); // validation stopped where it was too deep
        }
        T stored = ready;
        Long expected = null;
        if (schema.versionAttribute().isPresent()) {
            Long version = kind == Kind.CREATE ? null : schema.versionOf(ready);
            expected = version;
            stored = schema.withVersion(ready, version == null ? 1 : version + 1);
        }
        Map<String, AttributeValue> item = toItem(schema, stored);
        StoredValues.check(schema.entityName(), item);
        return new Prepared<>(stored, Keys.fromItem(schema.entityName(), schema.hashKey().name(),
                schema.rangeKey().map(KeyAttribute::name).orElse(null), item), item, expected);
    }

    private static <T> Map<String, AttributeValue> toItem(EntitySchema<T> schema, T entity) {
        try {
            return schema.toItem(entity);
        } catch (Nesting.TooDeep e) {
            throw Nesting.namingThePath(schema.entityName(), e, () -> schema.toItem(entity));
        }
    }
}
