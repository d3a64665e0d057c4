package dev.dynamodel.query;

import dev.dynamodel.condition.Condition;
import dev.dynamodel.exception.UnknownItemTypeException;
import dev.dynamodel.schema.FamilySchema;
import dev.dynamodel.schema.IndexDefinition;
import dev.dynamodel.schema.PartitionKey;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * A collection: every item stored under one partition key of a family's table (or index),
 * whatever its member type, read as the family's sealed interface. Made by
 * {@code familyModel.collection(partitionKey)}; paging, limits and cursors are those of
 * {@link Query} and work across types.
 *
 * <pre>{@code
 * for (ShopItem item : shop.collection(CustomerSchema.partitionKey("c1")).list()) {
 *     if (item instanceof Customer c) { ... } else if (item instanceof Order o) { ... }
 * }
 * }</pre>
 *
 * <p><b>Items of no member type</b> (an unknown type name, or keys no template matches) are skipped
 * and counted by {@link #skipped()}, unless {@link #failOnUnknownTypes()} asks for an
 * {@link UnknownItemTypeException} instead.
 *
 * @param <T> the family's sealed interface
 */
public final class CollectionQuery<T> {
    private final Query<T> query;
    private final UnknownTypes unknownTypes;

    /** Made by the runtime: use {@code familyModel.collection(partitionKey)}. */
    public CollectionQuery(Query<T> query, PartitionKey partition) {
        this.query = Objects.requireNonNull(query, "query");
        this.unknownTypes = prepare(query, partition);
    }

    /**
     * What the blocking and the asynchronous collection share: the family's index for the
     * partition, if it is one, and skipping unknown types by default.
     */
    static UnknownTypes prepare(Query<?> query, PartitionKey partition) {
        if (!(query.schema instanceof FamilySchema<?> family)) {
            throw new IllegalArgumentException("a collection reads a family's table, not " + query.schema.entityName());
        }
        query.onPartition(partition.index() == null ? null : index(family, partition.index()));
        UnknownTypes unknownTypes = new UnknownTypes(family);
        query.unknownTypes = unknownTypes;
        return unknownTypes;
    }

    private static IndexDefinition index(FamilySchema<?> family, String name) {
        for (IndexDefinition index : family.indexes()) {
            if (index.name().equals(name)) {
                return index;
            }
        }
        throw new IllegalArgumentException("index " + name + " is not an index of family " + family.entityName()
                + "; its indexes are " + family.indexes());
    }

    /** Fails the read with {@link UnknownItemTypeException} at the first item of no member type, instead of skipping it. */
    public CollectionQuery<T> failOnUnknownTypes() {
        query.unknownTypes = null;
        return this;
    }

    /** How many items of no member type the reads of this query have skipped so far. */
    public long skipped() {
        return unknownTypes.skipped();
    }

    /** As {@link Query#filter}. */
    public CollectionQuery<T> filter(Condition condition) {
        query.filter(condition);
        return this;
    }

    /** As {@link Query#descending()}. */
    public CollectionQuery<T> descending() {
        query.descending();
        return this;
    }

    /** As {@link Query#limit(int)}: items returned in all, of any type, after skipping. */
    public CollectionQuery<T> limit(int items) {
        query.limit(items);
        return this;
    }

    /** As {@link Query#pageSize(int)}. */
    public CollectionQuery<T> pageSize(int items) {
        query.pageSize(items);
        return this;
    }

    /** As {@link Query#maxPages(int)}. */
    public CollectionQuery<T> maxPages(int pages) {
        query.maxPages(pages);
        return this;
    }

    /** As {@link Query#startAfter(String)}: resumes from a cursor of this collection's pages, whatever type its last item was. */
    public CollectionQuery<T> startAfter(String cursor) {
        query.startAfter(cursor);
        return this;
    }

    /** As {@link Query#consistentRead()}. */
    public CollectionQuery<T> consistentRead() {
        query.consistentRead();
        return this;
    }

    /** The items, fetched lazily page by page. */
    public Stream<T> stream() {
        return query.stream();
    }

    /** Every item (up to the limit). */
    public List<T> list() {
        return query.list();
    }

    /** One page, with the cursor that resumes after it. */
    public Page<T> page() {
        return query.page();
    }

    /** Every item (up to the limit), grouped by member type. */
    public Grouped<T> grouped() {
        return new Grouped<>(query.list());
    }

    /** The request for the first page, without sending it. */
    public QueryRequest request() {
        return query.request();
    }
}
