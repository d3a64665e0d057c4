package dev.dynamodel.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a sealed interface as an entity family: the entities it permits share one table
 * (single-table design). Each member is an {@code @Entity} with a {@link KeyTemplate}; it keeps its
 * own generated schema and model. The processor also generates {@code <Name>Schema} and
 * {@code <Name>Model} for the interface: collection queries that return every member type stored
 * under one partition key, and {@code createTable} with every index of the family.
 *
 * <pre>{@code
 * @Family(table = "Shop", indexes = @Family.Index(name = "gsi1", partitionKey = "gsi1pk", sortKey = "gsi1sk"))
 * public sealed interface ShopItem permits Customer, Order {}
 * }</pre>
 *
 * <p>Every item a member writes carries the {@link #typeAttribute()} with the member's
 * {@link EntityType} name; reads use it to pick the record type. See {@code docs/single-table.md}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Family {
    /** The table name: 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'. A runtime prefix may be added. */
    String table();

    /** The table's partition key attribute (a string), which members fill from their templates. */
    String partitionKey() default "pk";

    /** The table's sort key attribute (a string); empty for a table without one. */
    String sortKey() default "sk";

    /**
     * The attribute that holds each item's type name. Empty turns it off: then the key templates
     * alone must tell the members apart (their constant parts), as in a table written before.
     */
    String typeAttribute() default "_type";

    /** The family's global secondary indexes, with generic (overloaded) string key attributes. */
    Index[] indexes() default {};

    /** A global secondary index of the family's table; members fill its keys with {@link IndexKeyTemplate}. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({})
    @interface Index {
        /** The index name: 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'. */
        String name();

        /** Its partition key attribute, such as {@code gsi1pk}. */
        String partitionKey();

        /** Its sort key attribute, such as {@code gsi1sk}; empty for none. */
        String sortKey() default "";
    }
}
