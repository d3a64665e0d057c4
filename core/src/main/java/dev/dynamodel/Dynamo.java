package dev.dynamodel;

import dev.dynamodel.batch.BatchGet;
import dev.dynamodel.batch.BatchWrite;
import dev.dynamodel.internal.CursorSeal;
import dev.dynamodel.internal.Sender;
import dev.dynamodel.observe.RequestListener;
import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.transaction.ReadTransaction;
import dev.dynamodel.transaction.WriteTransaction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * The runtime entry: one {@link DynamoDbClient} and the options every model made from it shares.
 *
 * <pre>{@code
 * Dynamo dynamo = Dynamo.builder(DynamoDbClient.create()).tablePrefix("staging_").build();
 * MovieModel movies = MovieModel.of(dynamo);
 * }</pre>
 *
 * <p>Batches and transactions across models start here:
 * <pre>{@code
 * dynamo.batchWrite().putAll(movies, manyMovies).deleteKey(books, bookKey).execute();
 * dynamo.writeTransaction().create(orders, order).update(accounts, accountKey, u -> u.subtract(BALANCE, 10L)).execute();
 * }</pre>
 * Each has {@code executeAsync()} too, through the asynchronous client.
 *
 * <p>Over a {@link DynamoDbAsyncClient} as well ({@link Builder#asyncClient}) or only
 * ({@link #builder(DynamoDbAsyncClient)}), every model also has its non-blocking face,
 * {@code model.async()}: see {@code docs/async.md}. The async client's HTTP implementation is
 * yours to choose; this library depends on none.
 *
 * <p>Region, credentials and endpoint belong to the client you pass in. Closing a {@code Dynamo}
 * made from your own client leaves that client open; closing one made by {@code DynamoLocal}
 * stops the embedded database it owns.
 */
public final class Dynamo implements AutoCloseable {
    private static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

    private final DynamoDbClient client;
    private final DynamoDbAsyncClient asyncClient;
    private final Sender sender;
    private final Sender asyncSender;
    private final String tablePrefix;
    private final TableNameResolver tableNames;
    private final RetryPolicy retryPolicy;
    private final ScheduledExecutorService retryScheduler;
    private final List<Runnable> closeActions;
    private final Clock clock;
    private final boolean hideExpiredItems;
    private final CursorSeal cursorSeal;
    private final ReturnConsumedCapacity returnConsumedCapacity;

    private Dynamo(Builder builder) {
        this.client = builder.client;
        this.asyncClient = builder.asyncClient;
        this.returnConsumedCapacity = builder.returnConsumedCapacity;
        this.sender = client == null ? Sender.missing("DynamoDbClient")
                : listened(Sender.blocking(client, returnConsumedCapacity), builder.listeners);
        this.asyncSender = asyncClient == null ? Sender.missing("DynamoDbAsyncClient")
                : listened(Sender.async(asyncClient, returnConsumedCapacity), builder.listeners);
        this.tablePrefix = builder.tablePrefix;
        this.tableNames = builder.tableNames;
        this.retryPolicy = builder.retryPolicy;
        this.retryScheduler = builder.retryScheduler;
        this.closeActions = List.copyOf(builder.closeActions);
        this.clock = builder.clock;
        this.hideExpiredItems = builder.hideExpiredItems;
        this.cursorSeal = builder.cursorSecret == null ? CursorSeal.checksummed() : CursorSeal.secret(builder.cursorSecret);
    }

    // No listener, no wrapper: a runtime without one does not read the clock per request.
    private static Sender listened(Sender sender, List<RequestListener> listeners) {
        return listeners.isEmpty() ? sender : Sender.listened(sender, List.copyOf(listeners));
    }

    /** A runtime over your client, with default options. */
    public static Dynamo of(DynamoDbClient client) {
        return builder(client).build();
    }

    /** Options over your client. */
    public static Builder builder(DynamoDbClient client) {
        return new Builder(Objects.requireNonNull(client, "client"), null);
    }

    /**
     * Options over your asynchronous client only: every model's {@code async()} face works, and
     * the blocking operations (including the table operations and batches) fail with an
     * {@link IllegalStateException}. Add a {@link DynamoDbClient} with {@link #builder(DynamoDbClient)}
     * and {@link Builder#asyncClient} to have both.
     */
    public static Builder builder(DynamoDbAsyncClient asyncClient) {
        return new Builder(null, Objects.requireNonNull(asyncClient, "asyncClient"));
    }

    /**
     * The SDK client every blocking request goes through.
     *
     * @throws IllegalStateException if this runtime was built over an asynchronous client only
     */
    public DynamoDbClient client() {
        if (client == null) {
            throw new IllegalStateException("This Dynamo was built without a DynamoDbClient");
        }
        return client;
    }

    /**
     * The SDK client the {@code async()} faces send through.
     *
     * @throws IllegalStateException if this runtime was built without one
     */
    public DynamoDbAsyncClient asyncClient() {
        if (asyncClient == null) {
            throw new IllegalStateException("This Dynamo was built without a DynamoDbAsyncClient");
        }
        return asyncClient;
    }

    /**
     * Sends the blocking API's requests. Not an API: the type is internal (a user's module cannot
     * name it); it is public so that batches and transactions send through the same sender as
     * models do, stamped and heard by the runtime's listeners.
     */
    public Sender sender() {
        return sender;
    }

    /** Sends the {@code async()} faces' requests. Not an API, as {@link #sender()}. */
    public Sender asyncSender() {
        return asyncSender;
    }

    /** The prefix put before every declared table name (empty by default). */
    public String tablePrefix() {
        return tablePrefix;
    }

    /**
     * The physical table of an entity: the prefix followed by the name the {@link TableNameResolver}
     * gives (the declared name unless {@link Builder#tableNames} set one).
     *
     * @throws IllegalArgumentException if that is no valid DynamoDB table name
     */
    public String tableName(EntitySchema<?> entity) {
        String declared = entity.tableName();
        String resolved = tableNames.tableName(declared, entity);
        String name = tablePrefix + resolved;
        if (resolved == null || !TABLE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("The table of " + entity.entityName() + " (declared as '" + declared
                    + "') resolves to " + (resolved == null ? "null" : "'" + name + "'")
                    + ", which is no DynamoDB table name: 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'");
        }
        return name;
    }

    /** How batch calls retry unprocessed items and throttled requests. */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /**
     * Where asynchronous batches schedule their retries ({@link Builder#retryScheduler}); empty for
     * the default, {@code CompletableFuture.delayedExecutor} over the common pool.
     */
    public Optional<ScheduledExecutorService> retryScheduler() {
        return Optional.ofNullable(retryScheduler);
    }

    /** A batch read of items by key, across models: chunked, retried, results in key order. */
    public BatchGet batchGet() {
        return BatchGet.of(this);
    }

    /** A batch of puts and deletes across models: checked first, chunked, retried, sent concurrently. */
    public BatchWrite batchWrite() {
        return BatchWrite.of(this);
    }

    /** An all-or-nothing write of up to 100 items across models. */
    public WriteTransaction writeTransaction() {
        return WriteTransaction.of(this);
    }

    /** A consistent read of up to 100 items across models, as of one point in time. */
    public ReadTransaction readTransaction() {
        return ReadTransaction.of(this);
    }

    /** The clock of timestamps and of {@code @Past}/{@code @Future} checks (UTC system clock by default). */
    public Clock clock() {
        return clock;
    }

    /** Whether reads skip items whose {@code @Ttl} has passed but that DynamoDB has not deleted yet. */
    public boolean hideExpiredItems() {
        return hideExpiredItems;
    }

    /**
     * What every request asks DynamoDB to report of the capacity it consumed, unless the call chose
     * for itself ({@link Builder#returnConsumedCapacity}); empty when not set (DynamoDB reports none).
     */
    public Optional<ReturnConsumedCapacity> returnConsumedCapacity() {
        return Optional.ofNullable(returnConsumedCapacity);
    }

    /** How the cursors of queries and scans are wrapped: checksummed, or sealed with the cursor secret. */
    CursorSeal cursorSeal() {
        return cursorSeal;
    }

    /**
     * Runs each model's get, query, scan, save and delete once (the blocking face's plans, which the
     * {@code async()} face shares but for the sending), through the same code as real calls,
     * over a stand-in client that answers at once: nothing is sent, nothing is written, and this
     * runtime's clients are not used. It loads and initialises the classes of those paths before
     * the first real request needs them: call it where a Lambda function builds its models, or before
     * a SnapStart or CRaC snapshot. It never throws; the SDK client's own first-request work
     * (marshalling, signing, the HTTP connection) remains.
     *
     * <pre>{@code
     * static final Dynamo DYNAMO = Dynamo.of(client);
     * static final MovieModel MOVIES = MovieModel.of(DYNAMO);
     * static {
     *     DYNAMO.prime(MOVIES);
     * }
     * }</pre>
     */
    public void prime(Model<?>... models) {
        Priming.prime(this, models);
    }

    /** Runs the close actions registered on the builder; your own clients are not closed. */
    @Override
    public void close() {
        for (Runnable action : closeActions) {
            action.run();
        }
    }

    /** Builds a {@link Dynamo}. */
    public static final class Builder {
        private final DynamoDbClient client;
        private DynamoDbAsyncClient asyncClient;
        private String tablePrefix = "";
        private TableNameResolver tableNames = TableNameResolver.declared();
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private ScheduledExecutorService retryScheduler;
        private final List<Runnable> closeActions = new ArrayList<>();
        private Clock clock = Clock.systemUTC();
        private boolean hideExpiredItems;
        private byte[] cursorSecret;
        private ReturnConsumedCapacity returnConsumedCapacity;
        private final List<RequestListener> listeners = new ArrayList<>();

        private Builder(DynamoDbClient client, DynamoDbAsyncClient asyncClient) {
            this.client = client;
            this.asyncClient = asyncClient;
        }

        /**
         * The asynchronous client that {@code model.async()} sends through, beside the blocking one.
         * Build it with the HTTP implementation you choose (Netty, the AWS CRT); the library adds none.
         */
        public Builder asyncClient(DynamoDbAsyncClient asyncClient) {
            this.asyncClient = Objects.requireNonNull(asyncClient, "asyncClient");
            return this;
        }

        /** A prefix for every table name, for example {@code "dev_"}, to keep environments apart. */
        public Builder tablePrefix(String prefix) {
            this.tablePrefix = Objects.requireNonNull(prefix, "prefix");
            return this;
        }

        /**
         * Chooses each entity's table name in place of the declared one; the {@link #tablePrefix}
         * is then put before it. See {@link TableNameResolver}.
         */
        public Builder tableNames(TableNameResolver resolver) {
            this.tableNames = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /** How batch calls retry unprocessed items and throttling; {@link RetryPolicy#defaults()} if not set. */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Where the asynchronous batches ({@code executeAsync()}) wait out their retry backoffs: each
         * wait is a task scheduled on it, and the retry is sent from its thread (a non-blocking
         * send). Without one they use {@code CompletableFuture.delayedExecutor} over the common
         * pool, whose threads are daemons. Yours stays yours: closing the {@code Dynamo} does not
         * shut it down, and a batch whose retry it refuses fails with its exception.
         */
        public Builder retryScheduler(ScheduledExecutorService scheduler) {
            this.retryScheduler = Objects.requireNonNull(scheduler, "scheduler");
            return this;
        }

        /** Something to run on {@link Dynamo#close()}, such as stopping an embedded database. */
        public Builder onClose(Runnable action) {
            closeActions.add(Objects.requireNonNull(action, "action"));
            return this;
        }

        /**
         * The clock that timestamps are stamped from and {@code @Past}/{@code @Future} compare
         * with; its zone decides what "today" is for {@code LocalDate} checks. Tests fix it:
         * {@code clock(Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC))}.
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Makes every operation treat an item whose {@code @Ttl} time has passed as missing. DynamoDB
         * deletes expired items in the background, often days later; until then they are returned
         * unless this is on. With it, get, query, scan, count, batch get and read transactions skip
         * them, create replaces them, update finds no item and an upsert starts from none. Off by
         * default, as in DynamoDB.
         */
        public Builder hideExpiredItems(boolean hide) {
            this.hideExpiredItems = hide;
            return this;
        }

        /**
         * Seals the cursors of queries and scans with this AES key (AES-GCM): a client sees an opaque
         * text, and an altered or forged cursor, or one sealed with another key, fails with
         * {@code InvalidCursorException}. Without a secret, cursors are readable (base64 of the table,
         * index and start key) and carry a checksum that catches accidents, not forgeries. Every
         * {@code Dynamo} that resumes a cursor needs the same secret; keep it out of source code.
         *
         * @param key 16, 24 or 32 bytes; copied
         * @throws IllegalArgumentException for another length
         */
        public Builder cursorSecret(byte[] key) {
            CursorSeal.secret(Objects.requireNonNull(key, "key"));
            this.cursorSecret = key.clone();
            return this;
        }

        /**
         * Tells {@code listener} of every request sent, blocking and asynchronous, retries included:
         * see {@link RequestListener} and {@code docs/observability.md}. Call it again to add more
         * listeners; each hears every request, in the order added.
         */
        public Builder requestListener(RequestListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Asks DynamoDB to report the capacity each request consumed: {@code TOTAL}, or {@code INDEXES}
         * for the table and each index apart. Request listeners hear it, and the results that can carry
         * it (pages, batch and transaction results) sum it. A call that sets its own
         * ({@code query(...).returnConsumedCapacity(...)}) overrides this. Not set, DynamoDB reports none.
         */
        public Builder returnConsumedCapacity(ReturnConsumedCapacity mode) {
            this.returnConsumedCapacity = Objects.requireNonNull(mode, "mode");
            return this;
        }

        public Dynamo build() {
            return new Dynamo(this);
        }
    }
}
