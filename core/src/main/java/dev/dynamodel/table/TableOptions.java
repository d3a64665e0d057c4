package dev.dynamodel.table;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableClass;

/**
 * How an entity's table is configured beyond its keys and indexes: billing and throughput, table
 * class, stream, point-in-time recovery, deletion protection, encryption and tags. An immutable
 * value: each method returns a changed copy.
 *
 * <p>The generated schema returns the options declared with {@code @Table}
 * ({@code schema.tableOptions()}); pass a changed copy to {@code createTable}, {@code plan} or
 * {@code apply} to override them at run time:
 *
 * <pre>{@code
 * movies.apply(movies.schema().tableOptions().provisioned(50, 10).tag("env", "prod"));
 * }</pre>
 *
 * <p>Billing, table class, stream, deletion protection and encryption are always part of the
 * declaration (their defaults are DynamoDB's: on-demand, standard, no stream, off, an AWS owned
 * key), so {@code plan()} reports a table that differs from them. Point-in-time recovery and tags
 * are managed only when given: reading them needs calls (and IAM permissions) of their own.
 */
public final class TableOptions {
    /** Who holds the key that encrypts the table at rest. */
    public enum Encryption {
        /** DynamoDB's own key, free and the default. */
        AWS_OWNED,
        /** The account's AWS managed KMS key {@code aws/dynamodb}. */
        AWS_MANAGED,
        /** A KMS key of your own, named by {@link #kmsKey()}. */
        CUSTOMER_MANAGED
    }

    /** Read and write capacity units of a provisioned table or index. */
    public record Throughput(long read, long write) {
        public Throughput {
            if (read < 1 || write < 1) {
                throw new IllegalArgumentException("provisioned throughput needs read and write capacity of at least 1; "
                        + "got read " + read + ", write " + write);
            }
        }

        @Override
        public String toString() {
            return read + " read / " + write + " write";
        }
    }

    private static final TableOptions DEFAULTS = new TableOptions(null, Map.of(), TableClass.STANDARD, null, null,
            false, Encryption.AWS_OWNED, null, Map.of());

    private final Throughput throughput;
    private final Map<String, Throughput> indexThroughput;
    private final TableClass tableClass;
    private final StreamViewType stream;
    private final Boolean pointInTimeRecovery;
    private final boolean deletionProtection;
    private final Encryption encryption;
    private final String kmsKey;
    private final Map<String, String> tags;

    private TableOptions(Throughput throughput, Map<String, Throughput> indexThroughput, TableClass tableClass,
                         StreamViewType stream, Boolean pointInTimeRecovery, boolean deletionProtection,
                         Encryption encryption, String kmsKey, Map<String, String> tags) {
        this.throughput = throughput;
        this.indexThroughput = indexThroughput;
        this.tableClass = tableClass;
        this.stream = stream;
        this.pointInTimeRecovery = pointInTimeRecovery;
        this.deletionProtection = deletionProtection;
        this.encryption = encryption;
        this.kmsKey = kmsKey;
        this.tags = tags;
    }

    /** DynamoDB's defaults: on-demand, standard class, no stream, no deletion protection, AWS owned key. */
    public static TableOptions defaults() {
        return DEFAULTS;
    }

    /** On-demand billing (pay per request); forgets any provisioned throughput. */
    public TableOptions onDemand() {
        return new TableOptions(null, Map.of(), tableClass, stream, pointInTimeRecovery, deletionProtection,
                encryption, kmsKey, tags);
    }

    /**
     * Provisioned billing with this throughput for the table, and for every global index not given
     * its own with {@link #indexThroughput}.
     */
    public TableOptions provisioned(long read, long write) {
        return new TableOptions(new Throughput(read, write), indexThroughput, tableClass, stream, pointInTimeRecovery,
                deletionProtection, encryption, kmsKey, tags);
    }

    /**
     * The throughput of one global index of a provisioned table.
     *
     * @throws IllegalStateException if the table is not provisioned: call {@link #provisioned} first
     */
    public TableOptions indexThroughput(String index, long read, long write) {
        Objects.requireNonNull(index, "index");
        if (throughput == null) {
            throw new IllegalStateException("index " + index + " gets its own throughput only on a provisioned table: "
                    + "call provisioned(read, write) first");
        }
        Map<String, Throughput> indexes = new LinkedHashMap<>(indexThroughput);
        indexes.put(index, new Throughput(read, write));
        return new TableOptions(throughput, Collections.unmodifiableMap(indexes), tableClass, stream,
                pointInTimeRecovery, deletionProtection, encryption, kmsKey, tags);
    }

    /** {@code STANDARD} (the default) or {@code STANDARD_INFREQUENT_ACCESS}. */
    public TableOptions tableClass(TableClass tableClass) {
        if (tableClass == null || tableClass == TableClass.UNKNOWN_TO_SDK_VERSION) {
            throw new IllegalArgumentException("table class must be STANDARD or STANDARD_INFREQUENT_ACCESS");
        }
        return new TableOptions(throughput, indexThroughput, tableClass, stream, pointInTimeRecovery,
                deletionProtection, encryption, kmsKey, tags);
    }

    /** A DynamoDB stream with this view of each changed item; null for no stream. */
    public TableOptions stream(StreamViewType view) {
        if (view == StreamViewType.UNKNOWN_TO_SDK_VERSION) {
            throw new IllegalArgumentException("stream view must be NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES or KEYS_ONLY");
        }
        return new TableOptions(throughput, indexThroughput, tableClass, view, pointInTimeRecovery,
                deletionProtection, encryption, kmsKey, tags);
    }

    /** Point-in-time recovery on or off; once given, {@code plan()} checks it (and needs DescribeContinuousBackups). */
    public TableOptions pointInTimeRecovery(boolean enabled) {
        return new TableOptions(throughput, indexThroughput, tableClass, stream, enabled, deletionProtection,
                encryption, kmsKey, tags);
    }

    /** Whether DeleteTable is refused until protection is turned off. */
    public TableOptions deletionProtection(boolean enabled) {
        return new TableOptions(throughput, indexThroughput, tableClass, stream, pointInTimeRecovery, enabled,
                encryption, kmsKey, tags);
    }

    /** Encryption at rest with an AWS owned or the AWS managed key; for your own key use {@link #customerManagedKey}. */
    public TableOptions encryption(Encryption encryption) {
        if (encryption == Encryption.CUSTOMER_MANAGED) {
            throw new IllegalArgumentException("a customer managed key needs its id: use customerManagedKey(kmsKey)");
        }
        return new TableOptions(throughput, indexThroughput, tableClass, stream, pointInTimeRecovery,
                deletionProtection, Objects.requireNonNull(encryption, "encryption"), null, tags);
    }

    /** Encryption at rest with your KMS key: its id, ARN, alias name or alias ARN. */
    public TableOptions customerManagedKey(String kmsKey) {
        if (kmsKey == null || kmsKey.isBlank()) {
            throw new IllegalArgumentException("kmsKey must not be blank");
        }
        return new TableOptions(throughput, indexThroughput, tableClass, stream, pointInTimeRecovery,
                deletionProtection, Encryption.CUSTOMER_MANAGED, kmsKey, tags);
    }

    /** A tag on the table; {@code plan()} adds or corrects the tags given here and leaves other tags alone. */
    public TableOptions tag(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Map<String, String> copy = new LinkedHashMap<>(tags);
        copy.put(key, value);
        return new TableOptions(throughput, indexThroughput, tableClass, stream, pointInTimeRecovery,
                deletionProtection, encryption, kmsKey, Collections.unmodifiableMap(copy));
    }

    /** {@code PROVISIONED} when a throughput is given, else {@code PAY_PER_REQUEST}. */
    public BillingMode billingMode() {
        return throughput == null ? BillingMode.PAY_PER_REQUEST : BillingMode.PROVISIONED;
    }

    /** The table's provisioned throughput; empty on demand. */
    public Optional<Throughput> throughput() {
        return Optional.ofNullable(throughput);
    }

    /** A global index's provisioned throughput: its own, else the table's; empty on demand. */
    public Optional<Throughput> throughput(String index) {
        return Optional.ofNullable(indexThroughput.getOrDefault(index, throughput));
    }

    /** The indexes given their own throughput, by name. */
    public Map<String, Throughput> indexThroughput() {
        return indexThroughput;
    }

    public TableClass tableClass() {
        return tableClass;
    }

    /** The stream's view type; empty for no stream. */
    public Optional<StreamViewType> stream() {
        return Optional.ofNullable(stream);
    }

    /** Point-in-time recovery, if managed: empty when neither declared nor given. */
    public Optional<Boolean> pointInTimeRecovery() {
        return Optional.ofNullable(pointInTimeRecovery);
    }

    public boolean deletionProtection() {
        return deletionProtection;
    }

    public Encryption encryption() {
        return encryption;
    }

    /** The customer managed key; empty for the other kinds of encryption. */
    public Optional<String> kmsKey() {
        return Optional.ofNullable(kmsKey);
    }

    /** The tags, in the order given. */
    public Map<String, String> tags() {
        return tags;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableOptions other && Objects.equals(throughput, other.throughput)
                && indexThroughput.equals(other.indexThroughput) && tableClass == other.tableClass
                && stream == other.stream && Objects.equals(pointInTimeRecovery, other.pointInTimeRecovery)
                && deletionProtection == other.deletionProtection && encryption == other.encryption
                && Objects.equals(kmsKey, other.kmsKey) && tags.equals(other.tags);
    }

    @Override
    public int hashCode() {
        return Objects.hash(throughput, indexThroughput, tableClass, stream, pointInTimeRecovery, deletionProtection,
                encryption, kmsKey, tags);
    }

    @Override
    public String toString() {
        return "TableOptions[billing=" + billingMode() + (throughput == null ? "" : " " + throughput)
                + ", indexThroughput=" + indexThroughput + ", class=" + tableClass + ", stream=" + stream
                + ", pointInTimeRecovery=" + pointInTimeRecovery + ", deletionProtection=" + deletionProtection
                + ", encryption=" + encryption + ", tags=" + tags.keySet() + "]";
    }
}
