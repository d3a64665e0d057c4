package dev.dynamodel.internal;

import dev.dynamodel.table.TableChange;
import dev.dynamodel.table.TableChange.Kind;
import dev.dynamodel.table.TableOptions;
import dev.dynamodel.table.TableOptions.Encryption;
import dev.dynamodel.table.TableOptions.Throughput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputDescription;
import software.amazon.awssdk.services.dynamodb.model.SSEDescription;
import software.amazon.awssdk.services.dynamodb.model.SSEStatus;
import software.amazon.awssdk.services.dynamodb.model.SSEType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableClass;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;

/**
 * The steps for the {@link TableOptions} of an existing table, each one UpdateTable (DynamoDB
 * takes one kind of change per call), or one TagResource. What DescribeTable leaves out is
 * DynamoDB's default: provisioned billing (the summary is absent for tables created provisioned),
 * the standard class, the AWS owned key. Not an API.
 */
final class OptionChanges {
    private OptionChanges() {
    }

    /**
     * Billing and throughput: a switch to provisioned carries the throughput of the table and of every
     * kept global index (DynamoDB wants them in the same call); otherwise one step per changed throughput.
     */
    static List<TableChange> billing(String table, TableDescription described, TableOptions options, List<String> kept) {
        BillingMode current = described.billingModeSummary() == null || described.billingModeSummary().billingMode() == null
                ? BillingMode.PROVISIONED : described.billingModeSummary().billingMode();
        Map<String, GlobalSecondaryIndexDescription> indexes = new LinkedHashMap<>();
        described.globalSecondaryIndexes().forEach(index -> indexes.put(index.indexName(), index));
        List<TableChange> changes = new ArrayList<>();
        if (current != options.billingMode()) {
            UpdateTableRequest.Builder update = UpdateTableRequest.builder().tableName(table)
                    .billingMode(options.billingMode());
            String throughputs = "";
            if (options.billingMode() == BillingMode.PROVISIONED) {
                update.provisionedThroughput(TableDefinitions.throughput(options.throughput().orElseThrow()));
                List<GlobalSecondaryIndexUpdate> updates = new ArrayList<>();
                for (String index : kept) {
                    updates.add(indexThroughput(index, options.throughput(index).orElseThrow()));
                }
                update.globalSecondaryIndexUpdates(updates.isEmpty() ? null : updates);
                throughputs = " (table " + options.throughput().orElseThrow() + kept.stream()
                        .map(index -> ", index " + index + " " + options.throughput(index).orElseThrow())
                        .collect(Collectors.joining()) + ")";
            }
            changes.add(new TableChange(Kind.BILLING, "switch billing from " + current + " to " + options.billingMode()
                    + throughputs, update.build()));
            return changes;
        }
        if (current != BillingMode.PROVISIONED) {
            return changes;
        }
        Throughput wanted = options.throughput().orElseThrow();
        if (!same(described.provisionedThroughput(), wanted)) {
            changes.add(new TableChange(Kind.THROUGHPUT, "change the table's throughput from "
                    + text(described.provisionedThroughput()) + " to " + wanted,
                    UpdateTableRequest.builder().tableName(table)
                            .provisionedThroughput(TableDefinitions.throughput(wanted)).build()));
        }
        for (String index : kept) {
            Throughput want = options.throughput(index).orElseThrow();
            ProvisionedThroughputDescription has = indexes.get(index).provisionedThroughput();
            if (!same(has, want)) {
                changes.add(new TableChange(Kind.INDEX_THROUGHPUT, "change the throughput of index " + index + " from "
                        + text(has) + " to " + want, UpdateTableRequest.builder().tableName(table)
                        .globalSecondaryIndexUpdates(indexThroughput(index, want)).build()));
            }
        }
        return changes;
    }

    /** Stream, table class, deletion protection and encryption. */
    static List<TableChange> options(String table, TableDescription described, TableOptions options) {
        List<TableChange> changes = new ArrayList<>();
        StreamSpecification spec = described.streamSpecification();
        StreamViewType stream = spec != null && Boolean.TRUE.equals(spec.streamEnabled()) ? spec.streamViewType() : null;
        if (stream != options.stream().orElse(null)) {
            // A stream's view cannot change in place: DynamoDB refuses to enable a stream on a table that has one.
            if (stream != null) {
                changes.add(new TableChange(Kind.STREAM, "turn the " + stream + " stream off", UpdateTableRequest.builder()
                        .tableName(table).streamSpecification(s -> s.streamEnabled(false)).build()));
            }
            options.stream().ifPresent(view -> changes.add(new TableChange(Kind.STREAM, "turn a " + view + " stream on",
                    UpdateTableRequest.builder().tableName(table)
                            .streamSpecification(s -> s.streamEnabled(true).streamViewType(view)).build())));
        }
        TableClass tableClass = described.tableClassSummary() == null || described.tableClassSummary().tableClass() == null
                ? TableClass.STANDARD : described.tableClassSummary().tableClass();
        if (tableClass != options.tableClass()) {
            changes.add(new TableChange(Kind.TABLE_CLASS, "change the table class from " + tableClass + " to "
                    + options.tableClass(), UpdateTableRequest.builder().tableName(table)
                    .tableClass(options.tableClass()).build()));
        }
        boolean protection = Boolean.TRUE.equals(described.deletionProtectionEnabled());
        if (protection != options.deletionProtection()) {
            changes.add(new TableChange(Kind.DELETION_PROTECTION, "turn deletion protection "
                    + (options.deletionProtection() ? "on" : "off"), UpdateTableRequest.builder().tableName(table)
                    .deletionProtectionEnabled(options.deletionProtection()).build()));
        }
        if (!encryptionMatches(described.sseDescription(), options)) {
            changes.add(new TableChange(Kind.ENCRYPTION, "change the encryption key to "
                    + options.encryption().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                    UpdateTableRequest.builder().tableName(table)
                            .sseSpecification(TableDefinitions.encryption(options)).build()));
        }
        return changes;
    }

    /** One TagResource with the declared tags that are missing or have another value; other tags stay. */
    static Optional<TableChange> tags(String table, String arn, TableOptions options, Map<String, String> described) {
        Map<String, String> missing = new LinkedHashMap<>();
        options.tags().forEach((key, value) -> {
            if (described == null || !value.equals(described.get(key))) {
                missing.put(key, value);
            }
        });
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TableChange(Kind.TAGS, "tag the table with " + String.join(", ", missing.keySet()),
                TagResourceRequest.builder().resourceArn(arn).tags(TableDefinitions.tags(missing)).build()));
    }

    /**
     * Whether the table's key is the declared kind. DescribeTable names a KMS key by ARN only, so an
     * AWS managed key and a customer managed one given by alias look alike: a customer managed key
     * is compared only when it is declared by ARN.
     */
    private static boolean encryptionMatches(SSEDescription sse, TableOptions options) {
        boolean kms = sse != null && sse.sseType() == SSEType.KMS
                && (sse.status() == SSEStatus.ENABLED || sse.status() == SSEStatus.ENABLING || sse.status() == SSEStatus.UPDATING);
        if (options.encryption() == Encryption.AWS_OWNED) {
            return !kms;
        }
        if (!kms) {
            return false;
        }
        Optional<String> key = options.kmsKey().filter(k -> k.startsWith("arn:"));
        return key.isEmpty() || key.get().equals(sse.kmsMasterKeyArn());
    }

    private static GlobalSecondaryIndexUpdate indexThroughput(String index, Throughput throughput) {
        return GlobalSecondaryIndexUpdate.builder().update(u -> u.indexName(index)
                .provisionedThroughput(TableDefinitions.throughput(throughput))).build();
    }

    private static boolean same(ProvisionedThroughputDescription described, Throughput wanted) {
        return described != null && Objects.equals(described.readCapacityUnits(), wanted.read())
                && Objects.equals(described.writeCapacityUnits(), wanted.write());
    }

    private static String text(ProvisionedThroughputDescription described) {
        return described == null ? "none" : described.readCapacityUnits() + " read / " + described.writeCapacityUnits()
                + " write";
    }
}
