package dev.dynamodel.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * A secondary index of an entity's table, as generated from {@code @GlobalIndex} and
 * {@code @LocalIndex}. Pass it to {@code query(...).using(index)} to choose it explicitly.
 *
 * <pre>{@code
 * movies.query(MovieSchema.GENRE.eq("Drama")).using(MovieSchema.BY_GENRE).list();
 * }</pre>
 */
public final class IndexDefinition {
    /** Global indexes have their own partition key; local ones share the table's. */
    public enum Kind { GLOBAL, LOCAL }

    private final String name;
    private final Kind kind;
    private final KeyAttribute hashKey;
    private final KeyAttribute rangeKey;
    private final ProjectionType projection;
    private final List<String> include;

    public IndexDefinition(String name, Kind kind, KeyAttribute hashKey, KeyAttribute rangeKey,
                           ProjectionType projection, List<String> include) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.hashKey = Objects.requireNonNull(hashKey, "hashKey");
        this.rangeKey = rangeKey;
        this.projection = Objects.requireNonNull(projection, "projection");
        this.include = List.copyOf(include);
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    /** The index's partition key (for a local index, the table's). */
    public KeyAttribute hashKey() {
        return hashKey;
    }

    /** The index's sort key, if it has one. */
    public Optional<KeyAttribute> rangeKey() {
        return Optional.ofNullable(rangeKey);
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
