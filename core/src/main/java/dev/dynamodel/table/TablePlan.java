package dev.dynamodel.table;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The differences between an entity's declared table and the table in DynamoDB, as the steps that
 * remove them ({@code model.plan()}), or the steps {@code model.apply()} took. Empty when the table
 * is as declared.
 *
 * <pre>{@code
 * TablePlan plan = movies.plan();
 * System.out.println(plan);   // one line per step, or "table Movies is as declared"
 * }</pre>
 *
 * @param table     the physical table name
 * @param changes   the steps, in the order they are sent
 * @param refusals  differences DynamoDB cannot make in place (a table key, a local index): while there
 *                  are any, {@code apply()} changes nothing and throws
 *                  {@link dev.dynamodel.exception.TableChangeRefusedException}
 */
public record TablePlan(String table, List<TableChange> changes, List<String> refusals) {
    public TablePlan {
        Objects.requireNonNull(table, "table");
        changes = List.copyOf(changes);
        refusals = List.copyOf(refusals);
    }

    /** Whether the table is as declared: no step, no refusal. */
    public boolean isEmpty() {
        return changes.isEmpty() && refusals.isEmpty();
    }

    /** The kinds of the steps, in order: handy in tests. */
    public List<TableChange.Kind> kinds() {
        return changes.stream().map(TableChange::kind).toList();
    }

    @Override
    public String toString() {
        if (isEmpty()) {
            return "table " + table + " is as declared";
        }
        String steps = changes.stream().map(c -> "  " + c.description()).collect(Collectors.joining("\n"));
        String refused = refusals.stream().map(r -> "  refused: " + r).collect(Collectors.joining("\n"));
        return "table " + table + ":\n" + steps + (steps.isEmpty() || refused.isEmpty() ? "" : "\n") + refused;
    }
}
