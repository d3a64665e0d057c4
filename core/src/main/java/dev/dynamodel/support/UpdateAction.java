package dev.dynamodel.support;

import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.condition.ExpressionWriter;
import java.util.function.BiFunction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One action of an update expression: its clause, its path, how it renders given the path's
 * placeholder expression, and the value it writes (null for REMOVE). Generated schemas return them
 * for timestamps and defaults; users write updates with {@code Update}.
 *
 * <p>For generated code only: not an API, may change in any release without notice.
 *
 * @param validated whether the schema's rules for the path apply to {@code javaValue} before
 *                  sending: true for {@code set}, {@code setIfNotExists} and {@code remove} (as a
 *                  null value), false for relative changes (counters, set and list additions)
 * @param javaValue the Java value the action writes, for validation
 */
public record UpdateAction(Clause clause, AttributePath path, BiFunction<ExpressionWriter, String, String> renderer,
                           AttributeValue value, boolean validated, Object javaValue) {

    /** The clauses of an update expression, in the order DynamoDB expects them written. */
    public enum Clause { SET, REMOVE, ADD, DELETE }

    /** This action's text in its clause, with placeholders from the writer. */
    public String render(ExpressionWriter writer) {
        return renderer.apply(writer, writer.path(path));
    }

    /** An action the library adds itself, such as a version increment or a timestamp. */
    public static UpdateAction set(AttributePath path, AttributeValue value) {
        return new UpdateAction(Clause.SET, path, (w, p) -> p + " = " + w.value(value), value, false, null);
    }

    /** {@code SET path = if_not_exists(path, value)}. */
    public static UpdateAction setIfNotExists(AttributePath path, AttributeValue value) {
        return new UpdateAction(Clause.SET, path, (w, p) -> p + " = if_not_exists(" + p + ", " + w.value(value) + ")", value,
                false, null);
    }

    /** {@code ADD path value} on a number. */
    public static UpdateAction addNumber(AttributePath path, AttributeValue value) {
        return new UpdateAction(Clause.ADD, path, (w, p) -> p + " " + w.value(value), value, false, null);
    }
}
