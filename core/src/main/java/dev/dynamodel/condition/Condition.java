package dev.dynamodel.condition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A condition on an item: built from the typed attribute constants of a generated schema and
 * combined with {@link #and}, {@link #or} and {@link #not}. Rendered with placeholders only.
 *
 * <pre>{@code
 * Condition c = MovieSchema.YEAR.eq(2013)
 *         .and(MovieSchema.INFO.rating().ge(new BigDecimal("8"))
 *              .or(MovieSchema.INFO.genres().contains("Drama")));
 * }</pre>
 *
 * <p>For what the typed builder lacks, {@link #raw} takes an expression with its own placeholders.
 */
public sealed interface Condition
        permits Condition.Compare, Condition.Between, Condition.In, Condition.Function, Condition.SizeCompare,
                Condition.And, Condition.Or, Condition.Not, Condition.Raw {

    /** Writes this condition as expression text, allocating placeholders in the writer. */
    String render(ExpressionWriter writer);

    /** Both this and the other condition. */
    default Condition and(Condition other) {
        return all(this, other);
    }

    /** This or the other condition. */
    default Condition or(Condition other) {
        return any(this, other);
    }

    /** The negation of this condition. */
    default Condition not() {
        return new Not(this);
    }

    /** All of the conditions; nested {@code and}s are flattened. */
    static Condition all(Condition... conditions) {
        List<Condition> flat = new ArrayList<>();
        for (Condition c : conditions) {
            if (c instanceof And and) {
                flat.addAll(and.conditions());
            } else {
                flat.add(Objects.requireNonNull(c, "condition"));
            }
        }
        return new And(flat);
    }

    /** Any of the conditions; nested {@code or}s are flattened. */
    static Condition any(Condition... conditions) {
        List<Condition> flat = new ArrayList<>();
        for (Condition c : conditions) {
            if (c instanceof Or or) {
                flat.addAll(or.conditions());
            } else {
                flat.add(Objects.requireNonNull(c, "condition"));
            }
        }
        return new Or(flat);
    }

    /**
     * A raw condition expression for what the typed builder lacks, with its own placeholders:
     * names start with {@code #}, values with {@code :}, each followed by letters, digits or
     * {@code _}. Checked when built, so a mistake fails here and not in DynamoDB:
     * <ul>
     * <li>every placeholder the text uses must be declared in {@code names} or {@code values}, and
     *     every declared one must be used;</li>
     * <li>its parentheses must balance, so the text stays one group and cannot change how the
     *     conditions around it (a version or existence check) combine.</li>
     * </ul>
     * The placeholders are renamed to the request's own when rendered, so they never collide with
     * generated ones or with another raw condition's.
     *
     * <pre>{@code
     * Condition.raw("size(#p) > :len", Map.of("#p", "plot"), Map.of(":len", AttributeValue.fromN("100")))
     * }</pre>
     *
     * @throws IllegalArgumentException naming the placeholder or parenthesis that is wrong
     */
    static Condition raw(String expression, Map<String, String> names, Map<String, AttributeValue> values) {
        return new Raw(expression, names, values);
    }

    /** {@code path op value}. */
    record Compare(AttributePath path, Operator operator, AttributeValue value) implements Condition {
        @Override
        public String render(ExpressionWriter writer) {
            return writer.path(path) + " " + operator.symbol() + " " + writer.value(value);
        }
    }

    /** {@code path BETWEEN low AND high}. */
    record Between(AttributePath path, AttributeValue low, AttributeValue high) implements Condition {
        @Override
        public String render(ExpressionWriter writer) {
            return writer.path(path) + " BETWEEN " + writer.value(low) + " AND " + writer.value(high);
        }
    }

    /** {@code path IN (a, b, ...)}: 1 to 100 values. */
    record In(AttributePath path, List<AttributeValue> values) implements Condition {
        public In {
            if (values.isEmpty() || values.size() > 100) {
                throw new IllegalArgumentException("in() on " + path + " takes 1 to 100 values (DynamoDB's limit), not "
                        + values.size());
            }
            values = List.copyOf(values);
        }

        @Override
        public String render(ExpressionWriter writer) {
            StringBuilder out = new StringBuilder(writer.path(path)).append(" IN (");
            for (int i = 0; i < values.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(writer.value(values.get(i)));
            }
            return out.append(')').toString();
        }
    }

    /**
     * A function: {@code attribute_exists(path)}, {@code attribute_not_exists(path)},
     * {@code attribute_type(path, :t)}, {@code begins_with(path, :v)}, {@code contains(path, :v)}.
     */
    record Function(String name, AttributePath path, AttributeValue argument) implements Condition {
        @Override
        public String render(ExpressionWriter writer) {
            String target = writer.path(path);
            return argument == null ? name + "(" + target + ")" : name + "(" + target + ", " + writer.value(argument) + ")";
        }
    }

    /** {@code size(path) op :n}. */
    record SizeCompare(AttributePath path, Operator operator, long size) implements Condition {
        @Override
        public String render(ExpressionWriter writer) {
            return "size(" + writer.path(path) + ") " + operator.symbol() + " " + writer.value(AttributeValue.fromN(Long.toString(size)));
        }
    }

    /** All of several conditions. */
    record And(List<Condition> conditions) implements Condition {
        public And {
            conditions = List.copyOf(conditions);
        }

        @Override
        public String render(ExpressionWriter writer) {
            return join(conditions, " AND ", writer);
        }
    }

    /** Any of several conditions. */
    record Or(List<Condition> conditions) implements Condition {
        public Or {
            conditions = List.copyOf(conditions);
        }

        @Override
        public String render(ExpressionWriter writer) {
            return join(conditions, " OR ", writer);
        }
    }

    /** The negation of a condition. */
    record Not(Condition condition) implements Condition {
        @Override
        public String render(ExpressionWriter writer) {
            return "NOT " + ExpressionText.group(condition.render(writer));
        }
    }

    /** A raw expression with its own placeholders, checked by {@link ExpressionText} when built. */
    record Raw(String expression, Map<String, String> names, Map<String, AttributeValue> values) implements Condition {
        public Raw {
            names = Map.copyOf(names);
            values = Map.copyOf(values);
            ExpressionText.check(expression, names, values);
        }

        @Override
        public String render(ExpressionWriter writer) {
            return ExpressionText.rewrite(expression, names, values, writer);
        }
    }

    private static String join(List<Condition> conditions, String operator, ExpressionWriter writer) {
        if (conditions.size() == 1) {
            return conditions.get(0).render(writer);
        }
        StringBuilder out = new StringBuilder();
        for (Condition c : conditions) {
            if (out.length() > 0) {
                out.append(operator);
            }
            out.append(ExpressionText.group(c.render(writer)));
        }
        return out.toString();
    }
}
