package dev.dynamodel.tests.rules;

/** Stored as its level, a number, by {@link PriorityConverter}. */
public enum Priority {
    LOW(1), NORMAL(5), URGENT(9);

    final int level;

    Priority(int level) {
        this.level = level;
    }
}
