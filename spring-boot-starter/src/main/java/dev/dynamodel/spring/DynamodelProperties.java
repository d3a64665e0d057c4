package dev.dynamodel.spring;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * The {@code dynamodel.*} properties: the client the starter makes when the application has
 * none, the runtime options of {@code Dynamo.Builder}, and embedded DynamoDB Local for tests.
 */
@ConfigurationProperties("dynamodel")
public class DynamodelProperties {

    /** The AWS region of the DynamoDbClient the starter makes; unset, the SDK's region lookup decides. */
    private String region;

    /** The endpoint of the DynamoDbClient the starter makes, for example a DynamoDB Local server; unset, AWS's. */
    private URI endpoint;

    /** Put before every declared table name, for example "staging_". */
    private String tablePrefix = "";

    /** Whether reads skip items whose @Ttl has passed but that DynamoDB has not deleted yet. */
    private boolean hideExpiredItems;

    /**
     * The AES key that seals query and scan cursors, base64 (16, 24 or 32 bytes once decoded).
     * Unset, cursors are readable and only checksummed. Keep it out of source code.
     */
    private String cursorSecret;

    /**
     * Asks DynamoDB to report the capacity of every request: TOTAL, or INDEXES for the table and
     * each index apart (NONE asks for none, explicitly). Request listeners hear it; unset, DynamoDB
     * reports none unless a call asks.
     */
    private ReturnConsumedCapacity returnConsumedCapacity;

    private final Retry retry = new Retry();

    private final Local local = new Local();

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public URI getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(URI endpoint) {
        this.endpoint = endpoint;
    }

    public String getTablePrefix() {
        return tablePrefix;
    }

    public void setTablePrefix(String tablePrefix) {
        this.tablePrefix = tablePrefix;
    }

    public boolean isHideExpiredItems() {
        return hideExpiredItems;
    }

    public void setHideExpiredItems(boolean hideExpiredItems) {
        this.hideExpiredItems = hideExpiredItems;
    }

    public String getCursorSecret() {
        return cursorSecret;
    }

    public void setCursorSecret(String cursorSecret) {
        this.cursorSecret = cursorSecret;
    }

    public ReturnConsumedCapacity getReturnConsumedCapacity() {
        return returnConsumedCapacity;
    }

    public void setReturnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
        this.returnConsumedCapacity = returnConsumedCapacity;
    }

    public Retry getRetry() {
        return retry;
    }

    public Local getLocal() {
        return local;
    }

    /**
     * How batches retry unprocessed items and throttling; each unset value keeps
     * {@code RetryPolicy.defaults()}'s.
     */
    public static class Retry {
        /** Attempts in all, the first included. */
        private Integer maxAttempts;

        /** The ceiling of the first backoff; it doubles with each retry up to max-delay (waits are random below it). */
        private Duration baseDelay;

        /** The highest ceiling of any backoff. */
        private Duration maxDelay;

        public Integer getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(Integer maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getBaseDelay() {
            return baseDelay;
        }

        public void setBaseDelay(Duration baseDelay) {
            this.baseDelay = baseDelay;
        }

        public Duration getMaxDelay() {
            return maxDelay;
        }

        public void setMaxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
        }
    }

    /** Embedded DynamoDB Local (needs dynamodel-local on the class path, in test scope). */
    public static class Local {
        /**
         * Runs everything against a fresh in-memory DynamoDB Local in this JVM: the Dynamo bean, and
         * the DynamoDbClient and DynamoDbAsyncClient beans (primary), use it.
         */
        private boolean enabled;

        /** With enabled: creates the table of every model bean over the local database when the bean is made. */
        private boolean createTables = true;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public boolean isCreateTables() {
            return createTables;
        }

        public void setCreateTables(boolean createTables) {
            this.createTables = createTables;
        }
    }
}
