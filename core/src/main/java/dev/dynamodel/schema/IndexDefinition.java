package dev.dynamodel.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * A secondary index of an entity's table, as generated from {@code @GlobalIndex} and
 * {@code @LocalIndex}. Pass it to {@code query(...).using(index)} to choose it explicitly.
 *
 * <p>A global index may have a multi-attribute key: up to four attributes make its partition key
 * and up to four its sort key ({@link #hashKeys()}, {@link #rangeKeys()}), in key order.
 *
 * <pre>{@code
 * movies.query(MovieSchema.GENRE.eq("Drama")).using(MovieSchema.BY_GENRE).list();
 * }</pre>
 */
public final class IndexDefinition {
    /** Global indexes have their own partition key; local ones share the table's. */
    public enum Kind { GLOBAL, LOCAL }

    /** DynamoDB's limit on the attributes of an index's partition key, and separately of its sort key. */
    public static final int MAX_KEY_ATTRIBUTES = 4;

    private final String name;
    private final Kind kind;
    private final List<KeyAttribute> hashKeys;
    private final List<KeyAttribute> rangeKeys;
    private final ProjectionType projection;
    private final List<String> include;

    /** An index with a single-attribute partition key and at most one sort key attribute ({@code rangeKey} may be null). */
    public IndexDefinition(String name, Kind kind, KeyAttribute hashKey, KeyAttribute rangeKey,
                           ProjectionType projection, List<String> include) {
        this(name, kind, List.of(Objects.requireNonNull(hashKey, "hashKey")),
                rangeKey == null ? List.of() : List.of(rangeKey), projection, include);
    }

    /**
     * An index whose key may have several attributes: 1 to 4 for the partition key, 0 to 4 for the sort key,
     * in key order (a local index: the table's partition key and one sort key attribute).
     */
    public IndexDefinition(String name, Kind kind, List<KeyAttribute> hashKeys, List<KeyAttribute> rangeKeys,
                           ProjectionType projection, List<String> include) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.hashKeys = List.copyOf(hashKeys);
        this.rangeKeys = List.copyOf(rangeKeys);
        this.projection = Objects.requireNonNull(projection, "projection");
        this.include = List.copyOf(include);
        if (this.hashKeys.isEmpty() || this.hashKeys.size() > MAX_KEY_ATTRIBUTES
                || this.rangeKeys.size() > MAX_KEY_ATTRIBUTES) {
            throw new IllegalArgumentException("Index " + name + " has " + this.hashKeys.size()
                    + " partition key and " + this.rangeKeys.size() + " sort key attributes; DynamoDB takes 1 to "
                    + MAX_KEY_ATTRIBUTES + " and 0 to " + MAX_KEY_ATTRIBUTES);
        }
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    /** The index's partition key (for a local index, the table's); with several attributes, the first. */
    public KeyAttribute hashKey() {
        return hashKeys.get(0);
    }

    /** The attributes of the index's partition key, in key order: one, or up to four for a global index. */
    public List<KeyAttribute> hashKeys() {
        return hashKeys;
    }

    /** The index's sort key, if it has one; with several attributes, the first. */
    public Optional<KeyAttribute> rangeKey() {
        return rangeKeys.isEmpty() ? Optional.empty() : Optional.of(rangeKeys.get(0));
    }

    /** The attributes of the index's sort key, in key order: none, one, or up to four for a global index. */
    public List<KeyAttribute> rangeKeys() {
        return rangeKeys;
    }

    public ProjectionType projection() {
        return projection;
    }

    /** With {@code INCLUDE}: the stored names of the non-key attributes the index holds. */
    public List<String> include() {
        return include;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " index " + name;
    }
}
