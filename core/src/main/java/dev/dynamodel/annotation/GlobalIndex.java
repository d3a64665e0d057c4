package dev.dynamodel.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A global secondary index, declared on the field that is the index's partition key.
 * {@code createTable} creates it; the generated schema has a typed constant for it.
 *
 * <pre>{@code
 * @GlobalIndex(name = "byGenre", sortKey = "rating") String genre
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
@Repeatable(GlobalIndexes.class)
public @interface GlobalIndex {
    /** The index name: 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'. */
    String name();

    /** The Java name of the field that is the index's sort key; empty for none. */
    String sortKey() default "";

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
