package dev.dynamodel;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The runtime entry: one {@link DynamoDbClient} and the options every model made from it shares.
 *
 * <pre>{@code
 * Dynamo dynamo = Dynamo.builder(DynamoDbClient.create()).tablePrefix("staging_").build();
 * MovieModel movies = MovieModel.of(dynamo);
 * }</pre>
 *
 * <p>Region, credentials and endpoint belong to the client you pass in. Closing a {@code Dynamo}
 * made from your own client leaves that client open; closing one made by {@code DynamoLocal}
 * stops the embedded database it owns.
 */
public final class Dynamo implements AutoCloseable {

    private final DynamoDbClient client;
    private final String tablePrefix;
    private final List<Runnable> closeActions;
    private final Clock clock;
    private final boolean hideExpiredItems;

    private Dynamo(Builder builder) {
        this.client = builder.client;
        this.tablePrefix = builder.tablePrefix;
        this.closeActions = List.copyOf(builder.closeActions);
        this.clock = builder.clock;
        this.hideExpiredItems = builder.hideExpiredItems;
    }

    /** A runtime over your client, with default options. */
    public static Dynamo of(DynamoDbClient client) {
        return builder(client).build();
    }

    /** Options over your client. */
    public static Builder builder(DynamoDbClient client) {
        return new Builder(client);
    }

    /** The SDK client every request goes through. */
    public DynamoDbClient client() {
        return client;
    }

    /** The prefix put before every declared table name (empty by default). */
    public String tablePrefix() {
        return tablePrefix;
    }

    /** The physical table name for a declared one: the prefix followed by the declared name. */
    public String tableName(String declaredName) {
        return tablePrefix + declaredName;
    }

    /** The clock of timestamps and of {@code @Past}/{@code @Future} checks (UTC system clock by default). */
    public Clock clock() {
        return clock;
    }

    /** Whether reads skip items whose {@code @Ttl} has passed but that DynamoDB has not deleted yet. */
    public boolean hideExpiredItems() {
        return hideExpiredItems;
    }

    /** Runs the close actions registered on the builder; your own client is not closed. */
    @Override
    public void close() {
        for (Runnable action : closeActions) {
            action.run();
        }
    }

    /** Builds a {@link Dynamo}. */
    public static final class Builder {
        private final DynamoDbClient client;
        private String tablePrefix = "";
        private final List<Runnable> closeActions = new ArrayList<>();
        private Clock clock = Clock.systemUTC();
        private boolean hideExpiredItems;

        private Builder(DynamoDbClient client) {
            this.client = Objects.requireNonNull(client, "client");
        }

        /** A prefix for every table name, for example {@code "dev_"}, to keep environments apart. */
        public Builder tablePrefix(String prefix) {
            this.tablePrefix = Objects.requireNonNull(prefix, "prefix");
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
         * Makes reads treat an item whose {@code @Ttl} time has passed as missing. DynamoDB deletes
         * expired items in the background, often days later; until then they are returned unless
         * this is on. Off by default, as in DynamoDB.
         */
        public Builder hideExpiredItems(boolean hide) {
            this.hideExpiredItems = hide;
            return this;
        }

        public Dynamo build() {
            return new Dynamo(this);
        }
    }
}
