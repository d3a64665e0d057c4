package dev.dynamodel.internal;

import dev.dynamodel.exception.ValidationException;
import dev.dynamodel.internal.WriteRequests.Expect;
import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.schema.WriteKind;
import dev.dynamodel.support.Checks;
import dev.dynamodel.support.Defaults;
import dev.dynamodel.support.Nesting;
import dev.dynamodel.support.StoredValues;
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

    /**
     * An entity ready to be written: the one plan single writes, batches and transactions send.
     *
     * @param entity the entity as it will be stored (with its new version, if versioned)
     * @param key its key attributes
     * @param item the whole item to write
     * @param expect what the stored item must be for a checked write (a batch put cannot check)
     * @param expectedVersion the version the stored item must have for a checked write; null when
     *                        none (a new item, or an entity without {@code @Version})
     */
    public record Prepared<T>(T entity, Map<String, AttributeValue> key, Map<String, AttributeValue> item,
                              Expect expect, Long expectedVersion) {
    }

    /**
     * Checks an entity and makes it ready to write.
     *
     * @throws IllegalArgumentException if a key value is null or empty
     * @throws ValidationException if a value breaks the schema's rules or is one DynamoDB refuses
     *         ({@link StoredValues}): text that is not valid Unicode, nesting too deep, a null in a set
     * @throws RuntimeException whatever the schema's conversion throws for a value it cannot store
     */
    public static <T> Prepared<T> prepare(EntitySchema<T> schema, T entity, WriteKind kind, Clock clock) {
        if (kind == WriteKind.UPDATE) {
            throw new IllegalArgumentException("An update is not a whole write; it has its own plan (UpdateRules)");
        }
        if (entity == null) {
            throw new IllegalArgumentException("A " + schema.entityName() + " to write must not be null");
        }
        // Defaults, validation and timestamps first: a forced default may derive a key.
        T ready;
        try {
            ready = schema.prepareForWrite(entity, kind, clock);
        } catch (Nesting.TooDeep e) {
            throw new ValidationException(schema.entityName(), e.violations()); // validation stopped where it was too deep
        }
        T stored = ready;
        Long expected = null;
        if (schema.versionAttribute().isPresent()) {
            Long version = kind == WriteKind.CREATE ? null : schema.versionOf(ready);
            expected = version;
            stored = schema.withVersion(ready, version == null ? 1 : version + 1);
        }
        // A create, and a save of a versioned entity without a version (a new one), must not
        // replace an item; any other save replaces whatever is there.
        boolean isNew = kind == WriteKind.CREATE || schema.versionAttribute().isPresent() && expected == null;
        Map<String, AttributeValue> item = toItem(schema, stored);
        StoredValues.check(schema.entityName(), item);
        return new Prepared<>(stored, TableKey.keyOfItem(schema, item), item, isNew ? Expect.ABSENT : Expect.NOTHING,
                expected);
    }

    /** The item of an entity; a value nested too deep is refused naming its path. */
    static <T> Map<String, AttributeValue> toItem(EntitySchema<T> schema, T entity) {
        try {
            return schema.toItem(entity);
        } catch (Nesting.TooDeep e) {
            throw Nesting.namingThePath(schema.entityName(), e, () -> schema.toItem(entity));
        }
    }
}
