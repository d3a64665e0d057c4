package dev.dynamodel.query;

import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.condition.Condition;
import dev.dynamodel.condition.Operator;
import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.schema.IndexDefinition;
import dev.dynamodel.schema.KeyAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a query's conditions into the key condition and the filter, and chooses what to query.
 *
 * <p>The rule, deterministic and documented in docs/queries.md: an explicit choice always wins.
 * Otherwise a candidate (the table, then the indexes in declaration order, global before local)
 * qualifies when every attribute of its partition key has an {@code eq} condition, and scores the
 * number of key conditions it can use: one per partition attribute, plus its sort key's. A sort key
 * takes a usable condition ({@code eq}, {@code lt}, {@code le}, {@code gt}, {@code ge},
 * {@code between}, {@code beginsWith}); on a multi-attribute sort key, DynamoDB's rule: {@code eq} on
 * the leading attributes, left to right without a gap, and at most one other condition on the next.
 * The highest score wins, the earliest on a tie. A family member's templated key counts the same way,
 * through {@link TemplateKeys}: 1 when every partition field has an {@code eq}, 2 when the sort
 * template also gives a key condition.
 */
final class KeyPlanner {
    /** The chosen target, its key conditions, and the rest of the conditions as the filter (or null). */
    record Plan(Target target, List<Condition> keyConditions, Condition filter) {
    }

    private KeyPlanner() {
    }

    static Plan plan(String tableName, EntitySchema<?> schema, Condition condition, Optional<Target> explicit,
                     Condition extraFilter) {
        List<Condition> conjuncts = conjuncts(condition);
        List<Target> candidates = new ArrayList<>();
        if (explicit.isPresent()) {
            candidates.add(explicit.get());
        } else {
            candidates.add(Target.table(tableName, schema));
            for (IndexDefinition index : schema.indexes()) {
                candidates.add(Target.index(tableName, schema, index));
            }
        }
        Target best = null;
        int bestScore = 0;
        for (Target target : candidates) {
            int score = score(target, conjuncts);
            if (score > bestScore) {
                best = target;
                bestScore = score;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException(noKeyMessage(schema, candidates, explicit.isPresent()));
        }
        return split(best, conjuncts, extraFilter);
    }

    private static int score(Target target, List<Condition> conjuncts) {
        if (target.hashTemplate() != null) {
            return TemplateKeys.keyConditions(target, conjuncts).map(keys -> keys.size()).orElse(0);
        }
        return keyConditions(target, conjuncts).map(List::size).orElse(0);
    }

    /** The conditions the target's key can use, partition attributes first; empty when one lacks an eq. */
    private static Optional<List<Condition>> keyConditions(Target target, List<Condition> conjuncts) {
        List<Condition> keys = new ArrayList<>();
        for (KeyAttribute hash : target.hashKeys()) {
            Optional<Condition> eq = find(conjuncts, hash, true);
            if (eq.isEmpty()) {
                return Optional.empty();
            }
            keys.add(eq.get());
        }
        for (KeyAttribute range : target.rangeKeys()) {
            Optional<Condition> eq = find(conjuncts, range, true);
            if (eq.isPresent()) {
                keys.add(eq.get());
                continue;
            }
            // A range condition ends the key condition: DynamoDB takes none on the attributes after it.
            find(conjuncts, range, false).ifPresent(keys::add);
            break;
        }
        return Optional.of(keys);
    }

    private static Plan split(Target target, List<Condition> conjuncts, Condition extraFilter) {
        if (target.hashTemplate() != null) {
            // The template's key conditions narrow the read; every condition stays a filter on the
            // fields' own attributes, which keeps the result exact (see TemplateKeys).
            List<Condition> rest = new ArrayList<>(conjuncts);
            if (extraFilter != null) {
                rest.add(extraFilter);
            }
            return new Plan(target, TemplateKeys.keyConditions(target, conjuncts).orElseThrow(), combine(rest));
        }
        List<Condition> keys = keyConditions(target, conjuncts).orElseThrow();
        List<Condition> rest = new ArrayList<>(conjuncts);
        keys.forEach(rest::remove);
        for (Condition c : rest) {
            pathOf(c).filter(p -> p.isTopLevel() && isKeyOf(target, p.root())).ifPresent(p -> {
                throw new IllegalArgumentException("Query on " + target.describe() + ": the condition on key attribute '"
                        + p + "' cannot be a filter (DynamoDB refuses filters on key attributes); use one key "
                        + "condition per key, for a range use between()" + (target.rangeKeys().size() > 1
                        ? ", and on a multi-attribute sort key eq() on the attributes before the one with a range" : ""));
            });
        }
        if (extraFilter != null) {
            rest.add(extraFilter);
        }
        return new Plan(target, keys, combine(rest));
    }

    private static Condition combine(List<Condition> rest) {
        return rest.isEmpty() ? null : rest.size() == 1 ? rest.get(0) : Condition.all(rest.toArray(Condition[]::new));
    }

    private static boolean isKeyOf(Target target, String name) {
        return target.hashKeys().stream().anyMatch(k -> k.name().equals(name))
                || target.rangeKeys().stream().anyMatch(k -> k.name().equals(name));
    }

    /** The first conjunct usable as a key condition on this attribute: an eq only, or any sort key comparison. */
    private static Optional<Condition> find(List<Condition> conjuncts, KeyAttribute key, boolean eqOnly) {
        for (Condition c : conjuncts) {
            Optional<AttributePath> path = pathOf(c);
            if (path.isEmpty() || !path.get().isTopLevel() || !path.get().root().equals(key.name())) {
                continue;
            }
            boolean usable = eqOnly
                    ? c instanceof Condition.Compare cmp && cmp.operator() == Operator.EQ
                    : c instanceof Condition.Compare cmp && cmp.operator() != Operator.NE
                        || c instanceof Condition.Between
                        || c instanceof Condition.Function f && f.name().equals("begins_with");
            if (usable) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static Optional<AttributePath> pathOf(Condition c) {
        if (c instanceof Condition.Compare cmp) {
            return Optional.of(cmp.path());
        }
        if (c instanceof Condition.Between between) {
            return Optional.of(between.path());
        }
        if (c instanceof Condition.Function f) {
            return Optional.of(f.path());
        }
        if (c instanceof Condition.In in) {
            return Optional.of(in.path());
        }
        if (c instanceof Condition.SizeCompare size) {
            return Optional.of(size.path());
        }
        return Optional.empty();
    }

    private static List<Condition> conjuncts(Condition condition) {
        return condition instanceof Condition.And and ? and.conditions() : List.of(condition);
    }

    private static String noKeyMessage(EntitySchema<?> schema, List<Target> candidates, boolean explicit) {
        StringBuilder out = new StringBuilder("Query on ").append(schema.entityName())
                .append(" needs an eq() condition on a partition key; ")
                .append(explicit ? "the chosen target needs it on: " : "none of these has one: ");
        for (int i = 0; i < candidates.size(); i++) {
            out.append(i == 0 ? "" : "; ").append(candidates.get(i).describe());
        }
        return out.append(". Use scan() to read without a key.").toString();
    }
}
