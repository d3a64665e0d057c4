package dev.dynamodel.tests.rules;

import dev.dynamodel.AttributeConverter;

/** An enum stored as a number instead of its name. */
public final class PriorityConverter implements AttributeConverter<Priority, Integer> {
    @Override
    public Integer toStored(Priority value) {
        return value.level;
    }

    @Override
    public Priority fromStored(Integer stored) {
        for (Priority priority : Priority.values()) {
            if (priority.level == stored) {
                return priority;
            }
        }
        throw new IllegalArgumentException("no priority of level " + stored);
    }
}
