package dev.dynamodel.query;

import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.condition.Condition;
import dev.dynamodel.condition.Operator;
import dev.dynamodel.schema.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns conditions on a family member's template fields into key conditions on the composed key
 * attributes (what ElectroDB calls composite attribute queries): {@code eq} on every partition
 * field gives the partition key; on the sort side, {@code eq} on leading fields and then one of
 * {@code lt}/{@code le}/{@code gt}/{@code ge}/{@code between}/{@code beginsWith} on the next field
 * give a range; with nothing on the sort fields, the constant text before the first one gives a
 * {@code begins_with} (all ORDERs of a customer).
 *
 * <p>A range on composed text can take in more than the condition means (a string value may run
 * on past the bound), so the planner keeps every original condition as the filter too, on the
 * fields' own attributes: the key condition narrows what is read, the filter makes it exact.
 */
final class TemplateKeys {
    /** Above every character a stored string can hold in DynamoDB's UTF-8 byte order: the end of a prefix range. */
    private static final String HIGHEST = "\uDBFF\uDFFF";

    private TemplateKeys() {
    }

    /** The key conditions on a templated target, or empty when a partition field has no {@code eq}. */
    static Optional<List<Condition>> keyConditions(Target target, List<Condition> conjuncts) {
        Template hash = target.hashTemplate();
        List<AttributeValue> hashValues = new ArrayList<>();
        for (String field : hash.fields()) {
            Optional<Condition.Compare> eq = equality(conjuncts, field);
            if (eq.isEmpty()) {
                return Optional.empty();
            }
            hashValues.add(eq.get().value());
        }
        List<Condition> keys = new ArrayList<>();
        keys.add(new Condition.Compare(AttributePath.of(hash.attribute()), Operator.EQ,
                AttributeValue.fromS(hash.prefix(hashValues))));
        if (target.rangeTemplate() != null) {
            sortCondition(target.rangeTemplate(), conjuncts).ifPresent(keys::add);
        }
        return Optional.of(keys);
    }

    private static Optional<Condition> sortCondition(Template sort, List<Condition> conjuncts) {
        List<AttributeValue> leading = new ArrayList<>();
        for (String field : sort.fields()) {
            Optional<Condition.Compare> eq = equality(conjuncts, field);
            if (eq.isEmpty()) {
                break;
            }
            leading.add(eq.get().value());
        }
        AttributePath key = AttributePath.of(sort.attribute());
        String prefix = sort.prefix(leading);
        if (leading.size() == sort.fields().size()) {
            return Optional.of(new Condition.Compare(key, Operator.EQ, AttributeValue.fromS(prefix)));
        }
        String next = sort.fields().get(leading.size());
        for (Condition c : conjuncts) {
            Optional<Condition> range = range(c, next, key, sort, leading, prefix);
            if (range.isPresent()) {
                return range;
            }
        }
        return prefix.isEmpty() ? Optional.empty()
                : Optional.of(new Condition.Function("begins_with", key, AttributeValue.fromS(prefix)));
    }

    /** The key range for one condition on the field after the leading ones, if it is a usable one. */
    private static Optional<Condition> range(Condition c, String field, AttributePath key, Template sort,
                                             List<AttributeValue> leading, String prefix) {
        if (c instanceof Condition.Compare cmp && on(cmp.path(), field)) {
            String at = with(sort, leading, cmp.value());
            return switch (cmp.operator()) {
                case GT, GE -> Optional.of(between(key, at, prefix + HIGHEST));
                case LT, LE -> Optional.of(between(key, prefix, at + HIGHEST));
                default -> Optional.empty();
            };
        }
        if (c instanceof Condition.Between b && on(b.path(), field)) {
            return Optional.of(between(key, with(sort, leading, b.low()), with(sort, leading, b.high()) + HIGHEST));
        }
        if (c instanceof Condition.Function f && f.name().equals("begins_with") && on(f.path(), field)
                && f.argument() != null && f.argument().s() != null) {
            return Optional.of(new Condition.Function("begins_with", key,
                    AttributeValue.fromS(prefix + f.argument().s())));
        }
        return Optional.empty();
    }

    /** The composed text up to the end of one more value, where a range bound on it lies. */
    private static String with(Template sort, List<AttributeValue> leading, AttributeValue value) {
        List<AttributeValue> values = new ArrayList<>(leading);
        values.add(value);
        return sort.through(values);
    }

    private static Condition between(AttributePath key, String low, String high) {
        return new Condition.Between(key, AttributeValue.fromS(low), AttributeValue.fromS(high));
    }

    private static Optional<Condition.Compare> equality(List<Condition> conjuncts, String field) {
        for (Condition c : conjuncts) {
            if (c instanceof Condition.Compare cmp && cmp.operator() == Operator.EQ && on(cmp.path(), field)) {
                return Optional.of(cmp);
            }
        }
        return Optional.empty();
    }

    private static boolean on(AttributePath path, String field) {
        return path.isTopLevel() && path.root().equals(field);
    }
}
