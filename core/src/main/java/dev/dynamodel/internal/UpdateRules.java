package dev.dynamodel.internal;

import dev.dynamodel.ValidationException;
import dev.dynamodel.schema.DocumentSchema;
import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.schema.Violations;
import dev.dynamodel.update.UpdateAction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies an entity's schema rules to a partial update: the values it sets are validated like
 * the fields of a write (violations listed, nothing sent); forced defaults, and on an upsert plain
 * defaults if absent, are added; timestamps are added (updated-at always, created-at only if
 * absent). Not an API.
 */
public final class UpdateRules {
    private UpdateRules() {
    }

    /**
     * The actions to send: the caller's, checked, plus the defaults and timestamps they do not set
     * themselves. An upsert must also set every required attribute that no default fills, since
     * the item may not exist yet; otherwise it is refused like any invalid write.
     */
    public static List<UpdateAction> apply(EntitySchema<?> schema, List<UpdateAction> actions, boolean upsert,
                                           Clock clock) {
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
        // The key of an update is given; a default of a key attribute belongs to create and save.
        List<UpdateAction> defaults = schema.defaultActions(upsert).stream()
                .filter(a -> !a.path().root().equals(schema.hashKey().name())
                        && schema.rangeKey().map(r -> !r.name().equals(a.path().root())).orElse(true))
                .toList();
        addUnlessSet(all, defaults);
        addUnlessSet(all, schema.timestampActions(clock.instant()));
        return all;
    }

    private static void addUnlessSet(List<UpdateAction> all, List<UpdateAction> extra) {
        for (UpdateAction action : extra) {
            if (all.stream().noneMatch(a -> a.path().contains(action.path()) || action.path().contains(a.path()))) {
                all.add(action);
            }
        }
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
