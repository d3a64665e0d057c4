package dev.dynamodel.internal;

import dev.dynamodel.condition.Condition;
import dev.dynamodel.support.UpdateAction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * What an {@code Update} has collected: its actions, extra condition, upsert flag and return
 * value. The runtime creates it, hands the user an {@code Update} that fills it, and builds the
 * request from it; so {@code Update} needs no public accessors, and users see only its builder
 * methods.
 */
public final class UpdateState {
    private final List<UpdateAction> actions = new ArrayList<>();
    private Condition condition;
    private boolean upsert;
    private ReturnValue returnValue = ReturnValue.ALL_NEW;

    /** The actions in the order given. */
    public List<UpdateAction> actions() {
        return Collections.unmodifiableList(actions);
    }

    public void add(UpdateAction action) {
        actions.add(action);
    }

    /** The extra condition, or null. */
    public Condition condition() {
        return condition;
    }

    /** Adds a condition; several are joined with {@code AND}. */
    public void condition(Condition more) {
        condition = condition == null ? more : condition.and(more);
    }

    public boolean isUpsert() {
        return upsert;
    }

    public void upsert() {
        upsert = true;
    }

    public ReturnValue returnValue() {
        return returnValue;
    }

    public void returnValue(ReturnValue value) {
        returnValue = value;
    }
}
