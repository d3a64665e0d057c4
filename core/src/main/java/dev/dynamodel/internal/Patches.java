package dev.dynamodel.internal;

import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.exception.ValidationException;
import dev.dynamodel.exception.Violation;
import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.support.Nesting;
import dev.dynamodel.support.StoredValues;
import dev.dynamodel.support.UpdateAction;
import dev.dynamodel.support.Violations;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns an entity into the update a {@code patch} sends: a {@code SET} of each field the entity
 * holds (DynamoDBMapper's {@code UPDATE_SKIP_NULL_ATTRIBUTES}), as if the caller had written those
 * actions in {@code update}. The update's own plan ({@link WriteRequests#update}, {@link UpdateRules})
 * then adds what every update adds: the version check and increment, timestamps, forced defaults,
 * and the rule that the item must exist. Not an API.
 */
public final class Patches {
    private Patches() {
    }

    /**
     * A patch ready for the update plan.
     *
     * @param key             the entity's key
     * @param expectedVersion the version the stored item must have; null for an entity without {@code @Version}
     * @param update          one {@code SET} per written attribute, returning the item after the update
     */
    public record Patch(Map<String, AttributeValue> key, Long expectedVersion, UpdateState update) {
    }

    /**
     * The patch of an entity. Null fields, and empty sets (which DynamoDB cannot store), are left
     * out; the key, the version and the timestamps are never written from the entity, since the
     * update manages them. The written fields are validated as a save would validate them; rules on
     * fields left out, and {@code @ValidateWith} on the whole type, are not checked (a patch holds
     * part of an entity).
     *
     * @throws IllegalArgumentException if the entity is null, a key value is null or empty, a
     *         versioned entity carries no version, or no field is left to write
     * @throws ValidationException if a written field breaks the schema's rules; nothing is sent
     */
    public static <T> Patch of(EntitySchema<T> schema, T entity, Clock clock) {
        if (entity == null) {
            throw new IllegalArgumentException("A " + schema.entityName() + " to patch must not be null");
        }
        Map<String, AttributeValue> key = schema.keyOf(entity);
        Long expectedVersion = schema.versionOf(entity);
        schema.versionAttribute().ifPresent(version -> {
            if (expectedVersion == null) {
                throw new IllegalArgumentException("A patch of " + schema.entityName() + " needs the version it "
                        + "changes ('" + version + "'): a patch updates an existing item, checked by its version");
            }
        });
        Map<String, AttributeValue> written = new TreeMap<>(EntityWrites.toItem(schema, entity));
        written.keySet().removeAll(managed(schema, key));
        if (written.isEmpty()) {
            throw new IllegalArgumentException("A patch of " + schema.entityName() + " writes no field: every "
                    + "field but the key, version and timestamps is null");
        }
        StoredValues.check(schema.entityName(), written);
        validate(schema, entity, written.keySet(), clock);
        UpdateState update = new UpdateState();
        written.forEach((name, value) -> update.add(UpdateAction.set(AttributePath.of(name), value)));
        return new Patch(key, expectedVersion, update);
    }

    /** The attributes the update plan writes itself: key, version, timestamps. */
    private static Set<String> managed(EntitySchema<?> schema, Map<String, AttributeValue> key) {
        Set<String> managed = new HashSet<>(key.keySet());
        schema.versionAttribute().ifPresent(managed::add);
        schema.timestampActions(Instant.EPOCH).forEach(action -> managed.add(action.path().root()));
        return managed;
    }

    /** The schema's checks of the whole entity, keeping the violations of the written attributes. */
    private static <T> void validate(EntitySchema<T> schema, T entity, Set<String> written, Clock clock) {
        Violations violations = new Violations(clock);
        try {
            schema.validate(entity, violations);
        } catch (Nesting.TooDeep e) {
            throw new ValidationException(schema.entityName(), e.violations());
        }
        List<Violation> kept = violations.list().stream().filter(v -> written.contains(root(v.path()))).toList();
        if (!kept.isEmpty()) {
            throw new ValidationException(schema.entityName(), kept);
        }
    }

    /** {@code address.city} and {@code lines[2]} -> their top-level attribute. */
    private static String root(String path) {
        int end = path.length();
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '.' || path.charAt(i) == '[') {
                end = i;
                break;
            }
        }
        return path.substring(0, end);
    }
}
