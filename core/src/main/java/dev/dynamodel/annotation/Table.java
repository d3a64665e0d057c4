package dev.dynamodel.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The options of an {@code @Entity}'s table, beyond its keys and indexes. The processor compiles
 * them into the generated schema ({@code schema.tableOptions()}); {@code createTable},
 * {@code plan} and {@code apply} use them unless given other options at run time.
 *
 * <pre>{@code
 * @Entity(table = "Orders")
 * @Table(readCapacity = 10, writeCapacity = 5, stream = Table.Stream.NEW_AND_OLD_IMAGES,
 *        deletionProtection = true, tags = @Table.Tag(key = "team", value = "checkout"))
 * public record Order(@HashKey String id, ...) {}
 * }</pre>
 *
 * <p>Leaving out {@code readCapacity} and {@code writeCapacity} means on-demand billing; give both
 * (at least 1) for provisioned billing. Each {@code @GlobalIndex} of a provisioned table has the
 * table's throughput unless it gives its own.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Table {
    /** Provisioned read capacity units; 0 (the default) with {@code writeCapacity} 0 for on-demand billing. */
    long readCapacity() default 0;

    /** Provisioned write capacity units; 0 (the default) with {@code readCapacity} 0 for on-demand billing. */
    long writeCapacity() default 0;

    /** The table class. */
    TableClass tableClass() default TableClass.STANDARD;

    /** The DynamoDB stream of item changes, and what each record holds. */
    Stream stream() default Stream.NONE;

    /** Turns point-in-time recovery on; {@code false} leaves it as it is (turn it off at run time). */
    boolean pointInTimeRecovery() default false;

    /** Refuses DeleteTable while on. */
    boolean deletionProtection() default false;

    /** Who holds the key that encrypts the table at rest. */
    Encryption encryption() default Encryption.AWS_OWNED;

    /** With {@link Encryption#CUSTOMER_MANAGED}, and only then: the KMS key id, ARN, alias name or alias ARN. */
    String kmsKey() default "";

    /** Tags on the table; {@code apply} adds or corrects these and leaves other tags alone. */
    Tag[] tags() default {};

    /** A table tag: key 1 to 128 characters, not starting with {@code aws:}; value up to 256. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({})
    @interface Tag {
        String key();

        String value();
    }

    /** DynamoDB's table classes. */
    enum TableClass { STANDARD, STANDARD_INFREQUENT_ACCESS }

    /** No stream, or a stream with these images of each changed item. */
    enum Stream { NONE, KEYS_ONLY, NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES }

    /** DynamoDB's own key (free, the default), the account's AWS managed key, or a KMS key of yours. */
    enum Encryption { AWS_OWNED, AWS_MANAGED, CUSTOMER_MANAGED }
}
