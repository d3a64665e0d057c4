package dev.dynamodel.schema;

import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.condition.Condition;
import dev.dynamodel.condition.Operator;

/**
 * {@code size(path)} in a condition: the length of a string or binary, or the number of elements of
 * a list, map or set.
 *
 * <pre>{@code
 * MovieSchema.INFO.actors().size().ge(3)
 * }</pre>
 */
public final class SizeOperand {
    private final AttributePath path;

    SizeOperand(AttributePath path) {
        this.path = path;
    }

    public Condition eq(long size) {
        return new Condition.SizeCompare(path, Operator.EQ, size);
    }

    public Condition ne(long size) {
        return new Condition.SizeCompare(path, Operator.NE, size);
    }

    public Condition lt(long size) {
        return new Condition.SizeCompare(path, Operator.LT, size);
    }

    public Condition le(long size) {
        return new Condition.SizeCompare(path, Operator.LE, size);
    }

    public Condition gt(long size) {
        return new Condition.SizeCompare(path, Operator.GT, size);
    }

    public Condition ge(long size) {
        return new Condition.SizeCompare(path, Operator.GE, size);
    }
}
