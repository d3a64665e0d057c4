package dev.dynamodel.transaction;

import dev.dynamodel.exception.DynamoRequestException;
import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.support.Keys;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB cancelled a transaction: nothing of it was written (or, for a read transaction,
 * returned). {@link #reasons()} has one entry per item, in the order they were added, saying what
 * stopped it; items that were fine have code {@code None}. Wraps the SDK's
 * {@code TransactionCanceledException}. The message, and each reason's {@code toString()}, name the
 * key's attribute names, never its values; {@link Reason#key()} has them.
 *
 * <pre>{@code
 * try {
 *     dynamo.writeTransaction().create(orders, order).update(accounts, key, u -> u.subtract(BALANCE, 10)
 *             .condition(BALANCE.ge(10))).execute();
 * } catch (TransactionCancelledException e) {
 *     for (TransactionCancelledException.Reason r : e.failed()) {
 *         System.out.println(r);   // #1 Update Accounts (key: id): ConditionalCheckFailed (...)
 *         Optional<Account> now = r.current(AccountSchema.INSTANCE);   // the item when its condition failed
 *     }
 * }
 * }</pre>
 */
public class TransactionCancelledException extends DynamoRequestException {
    private final transient List<Reason> reasons;

    public TransactionCancelledException(String tables, String operation, List<Reason> reasons, SdkException cause) {
        super(tables, operation, message(operation, reasons), cause);
        this.reasons = List.copyOf(reasons);
    }

    /**
     * Why one item of the transaction stopped it, or {@code None} if it did not.
     *
     * @param index the item's position in the transaction, from 0
     * @param operation {@code Put}, {@code Create}, {@code Update}, {@code Delete}, {@code ConditionCheck} or {@code Get}
     * @param table the physical table
     * @param key the item's key
     * @param code DynamoDB's code: {@code None}, {@code ConditionalCheckFailed}, {@code TransactionConflict},
     *             {@code ItemCollectionSizeLimitExceeded}, {@code ThrottlingError}, {@code ValidationError}, ...
     * @param message DynamoDB's message, or null
     * @param currentItem the item as stored, when a condition failed and it exists; else null
     * @param schema the schema of the entity the item was added with
     */
    public record Reason(int index, String operation, String table, Map<String, AttributeValue> key, String code,
                         String message, Map<String, AttributeValue> currentItem, EntitySchema<?> schema) {

        /** Whether this item stopped the transaction. */
        public boolean failed() {
            return code != null && !"None".equals(code);
        }

        /** Whether this item's condition (or the version or existence check) did not hold. */
        public boolean conditionFailed() {
            return "ConditionalCheckFailed".equals(code);
        }

        /**
         * The stored entity, when a condition failed and the item exists.
         *
         * @param schema the schema of the entity this item was added with ({@code AccountSchema.INSTANCE})
         * @throws IllegalArgumentException if this item is of another entity; the message names both
         */
        public <T> Optional<T> current(EntitySchema<T> schema) {
            if (!this.schema.equals(schema)) {
                throw new IllegalArgumentException("Item " + index + " of the transaction is a " + this.schema.entityName()
                        + ", not a " + schema.entityName() + "; pass the schema of " + this.schema.entityName());
            }
            return currentItem == null ? Optional.empty() : Optional.of(schema.fromItem(currentItem));
        }

        @Override
        public String toString() {
            return "#" + index + " " + operation + " " + table + " (" + Keys.describe(key) + "): " + code
                    + (message == null || message.isEmpty() ? "" : " (" + message + ")");
        }
    }

    /** One entry per item, in transaction order. */
    public List<Reason> reasons() {
        return reasons;
    }

    /** The entries of the items that stopped the transaction. */
    public List<Reason> failed() {
        return reasons.stream().filter(Reason::failed).toList();
    }

    private static String message(String operation, List<Reason> reasons) {
        String failed = reasons.stream().filter(Reason::failed).map(Reason::toString).collect(Collectors.joining("; "));
        return operation + " cancelled, nothing was written: " + (failed.isEmpty() ? "no reason given" : failed);
    }
}
