package dev.dynamodel.update;

import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.condition.Condition;
import dev.dynamodel.internal.UpdateState;
import dev.dynamodel.schema.Attribute;
import dev.dynamodel.schema.ComparableAttribute;
import dev.dynamodel.schema.ListAttribute;
import dev.dynamodel.schema.SetAttribute;
import dev.dynamodel.support.UpdateAction;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * The actions of one {@code UpdateItem} call, typed by the schema's attribute constants. All actions
 * go into one request; two actions on overlapping paths ({@code a} and {@code a.b}) are refused
 * before sending, as DynamoDB would refuse them.
 *
 * <pre>{@code
 * movies.update(2013, "Rush", u -> u
 *         .set(MovieSchema.INFO.plot(), "A rivalry.")        // a nested field, the map stays
 *         .add(MovieSchema.INFO.rank(), 1)                    // atomic counter
 *         .append(MovieSchema.INFO.genres(), List.of("Sport"))
 *         .remove(MovieSchema.INFO.imageUrl()));
 * }</pre>
 *
 * <p>By default the item must exist ({@code ItemNotFoundException} otherwise); {@link #upsert()}
 * creates it. The updated entity is returned ({@code ALL_NEW}) unless {@link #returnOld()} or
 * {@link #returnNone()} is chosen.
 *
 * @param <T> the entity type
 */
public final class Update<T> {
    private final UpdateState state;

    /**
     * The runtime makes updates: you receive one in {@code model.update(..., u -> ...)} and in
     * transactions. It fills {@code state}, which the runtime reads to build the request.
     */
    public Update(UpdateState state) {
        this.state = Objects.requireNonNull(state, "state");
    }

    /** Sets an attribute or nested path, replacing its value; {@code null} removes it. */
    public <V> Update<T> set(Attribute<V> attribute, V value) {
        if (value == null) {
            return remove(attribute);
        }
        AttributeValue encoded = attribute.toAttributeValue(value);
        return add(new UpdateAction(UpdateAction.Clause.SET, attribute.path(),
                (w, path) -> path + " = " + w.value(encoded), encoded, true, value));
    }

    /** Sets the value only if the attribute is absent. */
    public <V> Update<T> setIfNotExists(Attribute<V> attribute, V value) {
        AttributeValue encoded = attribute.toAttributeValue(Objects.requireNonNull(value, "value"));
        return add(new UpdateAction(UpdateAction.Clause.SET, attribute.path(),
                (w, path) -> path + " = if_not_exists(" + path + ", " + w.value(encoded) + ")", encoded, true, value));
    }

    /** Adds to a number atomically (a missing attribute counts as 0). */
    public <N extends Number> Update<T> add(ComparableAttribute<N> attribute, N amount) {
        AttributeValue encoded = attribute.toAttributeValue(Objects.requireNonNull(amount, "amount"));
        return add(new UpdateAction(UpdateAction.Clause.ADD, attribute.path(),
                (w, path) -> path + " " + w.value(encoded), encoded, false, null));
    }

    /** Subtracts from a number atomically (a missing attribute counts as 0). */
    public <N extends Number> Update<T> subtract(ComparableAttribute<N> attribute, N amount) {
        String n = attribute.toAttributeValue(Objects.requireNonNull(amount, "amount")).n();
        AttributeValue negated = AttributeValue.fromN(n.startsWith("-") ? n.substring(1) : "-" + n);
        return add(new UpdateAction(UpdateAction.Clause.ADD, attribute.path(),
                (w, path) -> path + " " + w.value(negated), negated, false, null));
    }

    /** Adds elements to a set (creating it if absent). */
    public <E> Update<T> add(SetAttribute<E> attribute, Set<E> elements) {
        AttributeValue encoded = nonEmptySet(attribute, elements);
        return add(new UpdateAction(UpdateAction.Clause.ADD, attribute.path(),
                (w, path) -> path + " " + w.value(encoded), encoded, false, null));
    }

    /** Deletes elements from a set; a set left empty disappears. */
    public <E> Update<T> delete(SetAttribute<E> attribute, Set<E> elements) {
        AttributeValue encoded = nonEmptySet(attribute, elements);
        return add(new UpdateAction(UpdateAction.Clause.DELETE, attribute.path(),
                (w, path) -> path + " " + w.value(encoded), encoded, false, null));
    }

    /** Appends elements to a list, creating the list if absent. */
    public <E> Update<T> append(ListAttribute<E, ?> attribute, List<E> elements) {
        AttributeValue encoded = attribute.toAttributeValue(elements);
        return add(new UpdateAction(UpdateAction.Clause.SET, attribute.path(), (w, path) -> path
                + " = list_append(if_not_exists(" + path + ", " + w.value(AttributeValue.fromL(List.of())) + "), "
                + w.value(encoded) + ")", encoded, false, null));
    }

    /** Puts elements in front of a list, creating the list if absent. */
    public <E> Update<T> prepend(ListAttribute<E, ?> attribute, List<E> elements) {
        AttributeValue encoded = attribute.toAttributeValue(elements);
        return add(new UpdateAction(UpdateAction.Clause.SET, attribute.path(), (w, path) -> path
                + " = list_append(" + w.value(encoded) + ", if_not_exists(" + path + ", "
                + w.value(AttributeValue.fromL(List.of())) + "))", encoded, false, null));
    }

    /** Removes an attribute, a nested path, or a list element ({@code list.index(2)}). */
    public Update<T> remove(Attribute<?> attribute) {
        // Removing is setting to null as far as the rules go: @NotNull refuses it.
        return add(new UpdateAction(UpdateAction.Clause.REMOVE, attribute.path(), (w, path) -> path, null, true, null));
    }

    /** A condition that must hold for the update to happen; else {@code ConditionFailedException}. */
    public Update<T> condition(Condition condition) {
        state.condition(condition);
        return this;
    }

    /** Creates the item if it does not exist, instead of failing with {@code ItemNotFoundException}. */
    public Update<T> upsert() {
        state.upsert();
        return this;
    }

    /** Return the entity as it is after the update (the default). */
    public Update<T> returnNew() {
        state.returnValue(ReturnValue.ALL_NEW);
        return this;
    }

    /** Return the entity as it was before the update (null if it did not exist). */
    public Update<T> returnOld() {
        state.returnValue(ReturnValue.ALL_OLD);
        return this;
    }

    /** Return nothing (the update returns null). */
    public Update<T> returnNone() {
        state.returnValue(ReturnValue.NONE);
        return this;
    }

    private Update<T> add(UpdateAction action) {
        for (UpdateAction existing : state.actions()) {
            AttributePath a = existing.path();
            AttributePath b = action.path();
            if (a.overlaps(b)) {
                throw new IllegalArgumentException("Update actions on overlapping paths '" + a + "' and '" + b
                        + "': DynamoDB refuses them in one request; update the enclosing value once instead");
            }
        }
        state.add(action);
        return this;
    }

    private static <E> AttributeValue nonEmptySet(SetAttribute<E> attribute, Set<E> elements) {
        if (elements == null || elements.isEmpty()) {
            throw new IllegalArgumentException("Adding or deleting set elements of '" + attribute.path()
                    + "' needs at least one element");
        }
        return attribute.toAttributeValue(elements);
    }
}
