package dev.dynamodel.internal;

import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.schema.FamilyMember;
import dev.dynamodel.schema.Template;
import dev.dynamodel.support.UpdateAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Keeps a family member's composed attributes true through a partial update. DynamoDB cannot
 * compose text in an update expression, so the library does it from the values the update sets:
 * <ul>
 * <li>a field of the table key's templates cannot change (the key names the item): refused;</li>
 * <li>an index template is recomposed when the update sets all its fields, removed (the item
 *     leaves the sparse index) when it removes one, and the update is refused when it changes
 *     only some of them or changes one relatively (a counter): save the whole entity instead;</li>
 * <li>the type name and constant index keys are set by every update, so an item stays typed;</li>
 * <li>an upsert is refused: the item it may create would lack its key fields' own attributes.</li>
 * </ul>
 */
final class TemplateUpdates {
    private TemplateUpdates() {
    }

    static List<UpdateAction> apply(EntitySchema<?> schema, List<UpdateAction> actions, boolean upsert) {
        Optional<FamilyMember> found = schema.familyMember();
        if (found.isEmpty()) {
            return actions;
        }
        FamilyMember member = found.get();
        if (upsert) {
            throw new IllegalArgumentException("Update of " + schema.entityName() + ": an upsert of a family member "
                    + "would create an item without the attributes of its key fields; use create() or save()");
        }
        List<UpdateAction> all = new ArrayList<>(actions);
        for (Template template : member.templates()) {
            boolean tableKey = template.attribute().equals(schema.hashKey().name())
                    || schema.rangeKey().map(r -> r.name().equals(template.attribute())).orElse(false);
            List<AttributeValue> values = new ArrayList<>();
            boolean touched = false;
            boolean removed = false;
            for (String field : template.fields()) {
                UpdateAction action = actionOn(actions, field);
                if (action == null) {
                    values.add(null);
                    continue;
                }
                touched = true;
                if (tableKey) {
                    throw new IllegalArgumentException("Update of " + schema.entityName() + ": '" + field
                            + "' is part of the table key (" + template.attribute() + " = " + template
                            + "), which an update cannot change; delete the item and create it anew");
                }
                removed |= action.clause() == UpdateAction.Clause.REMOVE;
                boolean plainSet = action.clause() == UpdateAction.Clause.SET && action.validated()
                        && action.value() != null && action.path().isTopLevel();
                values.add(plainSet ? action.value() : null);
            }
            AttributePath attribute = AttributePath.of(template.attribute());
            if (template.fields().isEmpty() && !tableKey) {
                all.add(UpdateAction.set(attribute, template.compose()));
            } else if (removed) {
                all.add(new UpdateAction(UpdateAction.Clause.REMOVE, attribute, (w, p) -> p, null, false, null));
            } else if (touched && values.contains(null)) {
                throw new IllegalArgumentException("Update of " + schema.entityName() + ": it changes a field of "
                        + template.attribute() + " = " + template + " but does not set every field of it to a value; "
                        + "set all of " + template.fields() + " in the update, or save() the whole entity");
            } else if (touched) {
                all.add(UpdateAction.set(attribute, template.compose(values.toArray(AttributeValue[]::new))));
            }
        }
        if (member.typeAttribute() != null) {
            all.add(UpdateAction.set(AttributePath.of(member.typeAttribute()), AttributeValue.fromS(member.typeName())));
        }
        return all;
    }

    private static UpdateAction actionOn(List<UpdateAction> actions, String field) {
        for (UpdateAction action : actions) {
            if (action.path().root().equals(field)) {
                return action;
            }
        }
        return null;
    }
}
