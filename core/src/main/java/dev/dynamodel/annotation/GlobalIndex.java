package dev.dynamodel.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A global secondary index, declared on the field that is the index's partition key (the first
 * one, for a multi-attribute key). {@code createTable} creates it; the generated schema has a typed
 * constant for it.
 *
 * <pre>{@code
 * @GlobalIndex(name = "byGenre", sortKey = "rating") String genre
 * }</pre>
 *
 * <p>A multi-attribute key: up to four fields make the partition key and up to four the sort key,
 * each in key order. A query uses the index when it has {@code eq} on every partition field.
 *
 * <pre>{@code
 * @GlobalIndex(name = "byMatch", partitionKey = {"tournament", "region"}, sortKey = {"round", "score"})
 * String tournament
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
@Repeatable(GlobalIndexes.class)
public @interface GlobalIndex {
    /** The index name: 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'. */
    String name();

    /**
     * For a multi-attribute partition key: the Java names of its fields in key order (1 to 4), starting
     * with the annotated field. Empty (the default) for the annotated field alone.
     */
    String[] partitionKey() default {};

    /**
     * The Java name of the field that is the index's sort key, or the names of its fields in key order
     * for a multi-attribute sort key (up to 4); empty for none.
     */
    String[] sortKey() default {};

    /** Which attributes the index holds. */
    IndexProjection projection() default IndexProjection.ALL;

    /** With {@link IndexProjection#INCLUDE}: the Java names of the fields to include besides the keys. */
    String[] include() default {};

    /**
     * On a provisioned table ({@code @Table} with capacities): the index's read capacity units; 0 (the
     * default) with {@code writeCapacity} 0 for the table's throughput.
     */
    long readCapacity() default 0;

    /** On a provisioned table: the index's write capacity units; 0 for the table's throughput. */
    long writeCapacity() default 0;
}
