package dev.dynamodel.query;

import dev.dynamodel.condition.Condition;
import dev.dynamodel.condition.ExpressionWriter;
import dev.dynamodel.condition.Operator;
import dev.dynamodel.internal.ReadTable;
import dev.dynamodel.internal.Call;
import dev.dynamodel.schema.IndexDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * A query: the conditions name a partition key value (and optionally a sort key range); the
 * library splits them into the key condition and the filter and picks the table or index whose
 * keys fit. Made by {@code Model.query(condition)}.
 *
 * <pre>{@code
 * List<Movie> dramas = movies.query(MovieSchema.YEAR.eq(2013).and(MovieSchema.TITLE.beginsWith("The")))
 *         .filter(MovieSchema.INFO.genres().contains("Drama"))
 *         .descending()
 *         .limit(10)
 *         .list();
 * }</pre>
 *
 * @param <T> the entity type
 */
public final class Query<T> extends Retrieval<T, Query<T>> {
    private final Condition condition;
    private boolean descending;
    /** Planned once from the conditions and the chosen target, not on every page; null until then. */
    private KeyPlanner.Plan plan;
    /**
     * A collection's target, whose partition key the whole condition is: its key condition is known
     * without the planner (see {@link #onPartition}); null for any other query.
     */
    private Target partition;

    /** Made by the runtime: use {@code model.query(condition)}. */
    public Query(ReadTable<T> table, Condition condition) {
        super(table);
        this.condition = condition;
    }

    /** Sort key descending (newest first, for a date sort key). */
    public Query<T> descending() {
        this.descending = true;
        return this;
    }

    /** Sort key ascending, the default. */
    public Query<T> ascending() {
        this.descending = false;
        return this;
    }

    /** The request for the first page, as it would be sent, without sending it. */
    public QueryRequest request() {
        Target target = target();
        return build(target, cursor == null ? null : cursors(target).decode(cursor), false);
    }

    @Override
    public long count() {
        return countPages(target());
    }

    @Override
    Target target() {
        return plan().target();
    }

    @Override
    void targetOrFilterChanged() {
        plan = null;
    }

    private KeyPlanner.Plan plan() {
        if (plan == null) {
            plan = partition != null ? new KeyPlanner.Plan(partition, List.of(condition), filter)
                    : KeyPlanner.plan(tableName, schema, condition, explicitTarget, filter);
        }
        return plan;
    }

    /**
     * For a collection, whose condition is {@code eq} on the partition key of the table or of
     * {@code index} (null for the table): reads that target, with the condition as its key condition
     * and only the caller's filter as the filter, which is the plan {@link KeyPlanner} makes of it,
     * without weighing targets for each query. A condition on another attribute (or a target whose
     * partition key has several attributes) is left to the planner, which refuses it as it refuses
     * any query without a whole partition key.
     */
    void onPartition(IndexDefinition index) {
        if (index != null) {
            using(index);
        }
        Target target = explicitTarget.orElseGet(() -> Target.table(tableName, schema));
        if (condition instanceof Condition.Compare key && key.operator() == Operator.EQ && key.path().isTopLevel()
                && target.hashKeys().size() == 1 && key.path().root().equals(target.hashKeys().get(0).name())
                && target.hashTemplate() == null) {
            partition = target;
            plan = null;
        }
    }

    @Override
    byte[] fingerprint(Target target) {
        KeyPlanner.Plan plan = plan();
        ExpressionWriter writer = new ExpressionWriter();
        return new Fingerprint("Query", plan.target())
                .text(keyConditionExpression(plan, writer))
                .text(plan.filter() == null ? null : plan.filter().render(writer))
                .text(descending ? "descending" : "ascending")
                .placeholders(writer)
                .bytes();
    }

    @Override
    CompletableFuture<RawPage> fetch(Target target, Map<String, AttributeValue> startKey, boolean count) {
        QueryRequest request = build(target, startKey, count);
        return sender.send(Call.query(tableName, request)).thenApply(response -> RawPage.of(response.hasItems(),
                response.items(), response.hasLastEvaluatedKey(), response.lastEvaluatedKey(), response.count(),
                response.consumedCapacity()));
    }

    private QueryRequest build(Target target, Map<String, AttributeValue> startKey, boolean count) {
        KeyPlanner.Plan plan = plan();
        checkConsistency(plan.target());
        ExpressionWriter writer = new ExpressionWriter();
        Condition filterWithExpiry = withExpiry(plan.filter());
        QueryRequest.Builder request = QueryRequest.builder()
                .overrideConfiguration(Call.OVERRIDE)
                .tableName(tableName)
                .indexName(plan.target().indexName())
                .keyConditionExpression(keyConditionExpression(plan, writer))
                .filterExpression(filterWithExpiry == null ? null : filterWithExpiry.render(writer))
                .scanIndexForward(descending ? Boolean.FALSE : null)
                .consistentRead(consistentRead ? Boolean.TRUE : null)
                .limit(requestLimit())
                .exclusiveStartKey(startKey)
                .returnConsumedCapacity(returnConsumedCapacity);
        if (count) {
            request.select(Select.COUNT);
        } else {
            request.projectionExpression(projectionExpression(plan.target(), writer));
        }
        return request.expressionAttributeNames(writer.names()).expressionAttributeValues(writer.values()).build();
    }

    private static String keyConditionExpression(KeyPlanner.Plan plan, ExpressionWriter writer) {
        if (plan.keyConditions().size() == 1) {
            return plan.keyConditions().get(0).render(writer);
        }
        List<String> keyParts = new ArrayList<>();
        for (Condition key : plan.keyConditions()) {
            keyParts.add(key.render(writer));
        }
        return String.join(" AND ", keyParts);
    }
}
