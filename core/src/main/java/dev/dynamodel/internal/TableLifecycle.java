package dev.dynamodel.internal;

import dev.dynamodel.exception.TableChangeRefusedException;
import dev.dynamodel.exception.TableNotActiveException;
import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.table.TableChange;
import dev.dynamodel.table.TableOptions;
import dev.dynamodel.table.TablePlan;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * The table operations of one model, written once as plans over a {@link Sender}'s futures: the
 * blocking face joins them (its sender and {@link Pause#sleeping} complete every step before
 * returning), the asynchronous face hands them out (its pause is scheduled). Reads what the plan
 * needs, plans with {@link TablePlanner}, sends the steps one at a time and waits until the table
 * is active after each CreateTable and UpdateTable. Not an API.
 */
public final class TableLifecycle {
    /** How long {@code apply} and {@code createTable} wait for one step: building an index on a big table takes long. */
    public static final Duration STEP_TIMEOUT = Duration.ofHours(1);
    private static final Duration FIRST_POLL = Duration.ofMillis(20);
    private static final Duration MAX_POLL = Duration.ofSeconds(5);

    private final Sender sender;
    private final Pause pause;
    private final String table;
    private final EntitySchema<?> schema;

    public TableLifecycle(Sender sender, Pause pause, String table, EntitySchema<?> schema) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.pause = Objects.requireNonNull(pause, "pause");
        this.table = Objects.requireNonNull(table, "table");
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    public CompletableFuture<Boolean> exists() {
        return describe().thenApply(Optional::isPresent);
    }

    /** Creates the table as declared and waits until it is active; fails if it exists. */
    public CompletableFuture<Void> create(TableOptions options) {
        return Futures.attempt(() -> run(TablePlanner.creation(table, schema, options).changes(), 0));
    }

    /** Creates the table unless it exists; true if it was created. */
    public CompletableFuture<Boolean> createIfNotExists(TableOptions options) {
        return exists().thenCompose(exists -> exists ? CompletableFuture.completedFuture(false)
                : create(options).thenApply(done -> true));
    }

    /** The steps from the table in DynamoDB to the declared one: creation when there is none. */
    public CompletableFuture<TablePlan> plan(TableOptions options) {
        return describe().thenCompose(described -> described.isEmpty()
                ? CompletableFuture.completedFuture(TablePlanner.creation(table, schema, options))
                : state(described.get(), options).thenApply(state -> TablePlanner.plan(table, schema, options, state)));
    }

    /** Plans, then carries the steps out in order; refuses before any step when the plan has refusals. */
    public CompletableFuture<TablePlan> apply(TableOptions options) {
        return plan(options).thenCompose(plan -> {
            if (!plan.refusals().isEmpty()) {
                return CompletableFuture.failedFuture(new TableChangeRefusedException(table, plan.refusals()));
            }
            return run(plan.changes(), 0).thenApply(done -> plan);
        });
    }

    /** Deletes the table and waits until DescribeTable no longer finds it. */
    public CompletableFuture<Void> delete() {
        return sender.send(TableCalls.delete(table)).thenCompose(deleted -> timed(STEP_TIMEOUT, true));
    }

    /**
     * Completes once the table and every global index are ACTIVE; fails with
     * {@link TableNotActiveException} after {@code timeout}. A missing table counts as not active yet:
     * right after CreateTable, DescribeTable may not find it.
     */
    public CompletableFuture<Void> waitUntilActive(Duration timeout) {
        return timed(Objects.requireNonNull(timeout, "timeout"), false);
    }

    private CompletableFuture<Void> timed(Duration timeout, boolean untilGone) {
        return poll(System.nanoTime() + timeout.toNanos(), FIRST_POLL, untilGone).handle((done, failure) -> {
            if (failure != null && Futures.cause(failure) instanceof StillBusy busy) {
                throw new TableNotActiveException(table, timeout, busy.getMessage());
            }
            if (failure != null) {
                throw new java.util.concurrent.CompletionException(Futures.cause(failure));
            }
            return done;
        });
    }

    private CompletableFuture<Void> run(List<TableChange> changes, int next) {
        if (next == changes.size()) {
            return CompletableFuture.completedFuture(null);
        }
        TableChange change = changes.get(next);
        return sender.send(TableCalls.change(table, change.request()))
                .thenCompose(sent -> TableCalls.needsWait(change.request()) ? waitUntilActive(STEP_TIMEOUT)
                        : CompletableFuture.completedFuture(null))
                .thenCompose(waited -> run(changes, next + 1));
    }

    /** Polls DescribeTable, each wait twice the last up to {@link #MAX_POLL}, until active (or gone). */
    private CompletableFuture<Void> poll(long deadline, Duration wait, boolean untilGone) {
        return describe().thenCompose(described -> {
            String busy = untilGone ? described.map(t -> "it still exists, " + t.tableStatusAsString()).orElse(null)
                    : described.map(TableLifecycle::busy).orElse(Optional.of("it does not exist")).orElse(null);
            if (busy == null) {
                return CompletableFuture.completedFuture(null);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return CompletableFuture.failedFuture(new StillBusy(busy));
            }
            Duration next = Duration.ofNanos(Math.min(wait.toNanos(), left));
            Duration after = wait.multipliedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : wait.multipliedBy(2);
            return pause.after(next).thenCompose(slept -> poll(deadline, after, untilGone));
        });
    }

    /** What is not active yet, in words; empty when the table and all its global indexes are. */
    private static Optional<String> busy(TableDescription table) {
        Map<String, String> states = new LinkedHashMap<>();
        if (table.tableStatus() != TableStatus.ACTIVE) {
            states.put("table", table.tableStatusAsString());
        }
        for (GlobalSecondaryIndexDescription index : table.globalSecondaryIndexes()) {
            if (index.indexStatus() != IndexStatus.ACTIVE) {
                states.put("index " + index.indexName(), index.indexStatusAsString());
            }
        }
        return states.isEmpty() ? Optional.empty() : Optional.of(states.entrySet().stream()
                .map(e -> e.getKey() + " is " + e.getValue()).collect(Collectors.joining(", ")));
    }

    private CompletableFuture<Optional<TableDescription>> describe() {
        return sender.send(TableCalls.describe(table, e -> e instanceof ResourceNotFoundException missing ? new Missing(missing) : null))
                .handle((response, failure) -> {
                    if (failure == null) {
                        return Optional.of(response.table());
                    }
                    Throwable cause = Futures.cause(failure);
                    if (cause instanceof Missing) {
                        return Optional.<TableDescription>empty();
                    }
                    throw cause instanceof RuntimeException runtime ? runtime : new java.util.concurrent.CompletionException(cause);
                });
    }

    /** The reads beyond DescribeTable: TTL always, backups and tags only when declared (calls and permissions of their own). */
    private CompletableFuture<TableState> state(TableDescription described, TableOptions options) {
        CompletableFuture<Boolean> backups = options.pointInTimeRecovery().isEmpty() ? CompletableFuture.completedFuture(null)
                : sender.send(TableCalls.describeBackups(table)).thenApply(r -> r.continuousBackupsDescription()
                        .pointInTimeRecoveryDescription().pointInTimeRecoveryStatusAsString().equals("ENABLED"));
        CompletableFuture<Map<String, String>> tags = options.tags().isEmpty() ? CompletableFuture.completedFuture(null)
                : tags(described.tableArn(), null, new LinkedHashMap<>());
        return sender.send(TableCalls.describeTimeToLive(table)).thenCompose(ttl -> backups.thenCompose(
                pitr -> tags.thenApply(t -> new TableState(described, ttl.timeToLiveDescription(), pitr, t))));
    }

    private CompletableFuture<Map<String, String>> tags(String arn, String next, Map<String, String> into) {
        return sender.send(TableCalls.listTags(table, arn, next)).thenCompose(page -> {
            page.tags().forEach(tag -> into.put(tag.key(), tag.value()));
            return page.nextToken() == null ? CompletableFuture.completedFuture(into) : tags(arn, page.nextToken(), into);
        });
    }

    /** DescribeTable found no table; never escapes. */
    private static final class Missing extends RuntimeException {
        // The cause is kept so that request listeners hear the AWS error code, not this signal's name.
        Missing(ResourceNotFoundException cause) {
            super(null, cause, false, false);
        }
    }

    /** The table was still busy at the deadline; becomes a {@link TableNotActiveException}. Never escapes. */
    private static final class StillBusy extends RuntimeException {
        StillBusy(String state) {
            super(state, null, false, false);
        }
    }
}
