package dev.dynamodel.internal;

import dev.dynamodel.support.Nesting;
import dev.dynamodel.support.StoredValues;
import dev.dynamodel.exception.ValidationException;
import dev.dynamodel.schema.DocumentSchema;
import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.support.Violations;
import dev.dynamodel.support.UpdateAction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies an entity's schema rules to a partial update: the values it sets are validated like
 * the fields of a write (violations listed, nothing sent); forced defaults are set, replacing any
 * action of the caller's on the same attribute, as a whole write overwrites the field (Dynamoose's
 * {@code forceDefault}); on an upsert plain defaults are set if absent; timestamps are added
 * (updated-at always, created-at only if absent). Not an API.
 */
public final class UpdateRules {
    private UpdateRules() {
    }

    /**
     * The actions to send: the caller's, checked, less those on a forced default's attribute; the
     * forced defaults; and the plain defaults (on an upsert) and timestamps the caller does not set.
     * An upsert must also set every required attribute that no default fills, since the item may
     * not exist yet; otherwise it is refused like any invalid write.
     */
    public static List<UpdateAction> apply(EntitySchema<?> schema, List<UpdateAction> given, boolean upsert,
                                           Clock clock) {
        // Without upsert only forced defaults come back; they win over the caller's actions.
        List<UpdateAction> forced = withoutKeys(schema, schema.defaultActions(false));
        List<UpdateAction> actions = TemplateUpdates.apply(schema,
                given.stream().filter(a -> !overlapsAny(a, forced)).toList(), upsert);
        Violations violations = new Violations(clock);
        try {
            validate(schema, actions, violations);
        } catch (Nesting.TooDeep e) {
            throw new ValidationException(schema.entityName(), e.violations()); // validation stopped where it was too deep
        }
        if (upsert) {
            for (String required : schema.requiredAttributes()) {
                boolean set = actions.stream().anyMatch(a -> a.path().isTopLevel() && a.path().root().equals(required)
                        && a.clause() == UpdateAction.Clause.SET);
                if (!set) {
                    violations.add(required, "Required", "must be set by an upsert, which may create the item");
                }
            }
        }
        violations.throwIfAny(schema.entityName());
        List<UpdateAction> all = new ArrayList<>(actions);
        all.addAll(forced);
        if (upsert) {
            addUnlessSet(all, withoutKeys(schema, schema.defaultActions(true)));
        }
        addUnlessSet(all, schema.timestampActions(clock.instant()));
        return all;
    }

    /** The key of an update is given; a default of a key attribute belongs to create and save. */
    private static List<UpdateAction> withoutKeys(EntitySchema<?> schema, List<UpdateAction> defaults) {
        return defaults.stream()
                .filter(a -> !a.path().root().equals(schema.hashKey().name())
                        && schema.rangeKey().map(r -> !r.name().equals(a.path().root())).orElse(true))
                .toList();
    }

    private static void addUnlessSet(List<UpdateAction> all, List<UpdateAction> extra) {
        for (UpdateAction action : extra) {
            if (!overlapsAny(action, all)) {
                all.add(action);
            }
        }
    }

    private static boolean overlapsAny(UpdateAction action, List<UpdateAction> others) {
        return others.stream().anyMatch(a -> a.path().overlaps(action.path()));
    }

    /**
     * Validates each value set at a path of names (top-level attributes and fields of nested
     * documents); a path through a map value or list element is not checked.
     */
    private static void validate(EntitySchema<?> schema, List<UpdateAction> actions, Violations violations) {
        for (UpdateAction action : actions) {
            if (action.value() != null) {
                StoredValues.check(action.path(), action.value(), violations);
            }
            if (!action.validated()) {
                continue;
            }
            List<Object> segments = action.path().segments();
            DocumentSchema<?> target = schema;
            int entered = 0;
            for (int i = 0; i < segments.size() - 1 && target != null; i++) {
                Object segment = segments.get(i);
                target = segment instanceof String name ? target.nestedSchema(name) : null;
                if (target != null) {
                    violations.enter((String) segment);
                    entered++;
                }
            }
            Object last = segments.get(segments.size() - 1);
            if (target != null && last instanceof String name) {
                target.validateAttribute(name, action.javaValue(), violations);
            }
            for (int i = 0; i < entered; i++) {
                violations.leave();
            }
        }
    }
}
