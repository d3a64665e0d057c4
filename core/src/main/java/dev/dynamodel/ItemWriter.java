package dev.dynamodel;

import dev.dynamodel.schema.WriteKind;
import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.condition.Condition;
import dev.dynamodel.exception.ConditionFailedException;
import dev.dynamodel.exception.ItemAlreadyExistsException;
import dev.dynamodel.exception.ItemNotFoundException;
import dev.dynamodel.exception.MissingParentException;
import dev.dynamodel.exception.VersionConflictException;
import dev.dynamodel.internal.Call;
import dev.dynamodel.internal.EntityWrites;
import dev.dynamodel.internal.Expiry;
import dev.dynamodel.internal.Futures;
import dev.dynamodel.internal.Patches;
import dev.dynamodel.internal.Sender;
import dev.dynamodel.internal.UpdateState;
import dev.dynamodel.internal.WriteRequests.Expect;
import dev.dynamodel.internal.WriteRequests;
import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.support.UpdateAction;
import dev.dynamodel.update.Update;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * The plans of a model's single-item writes (create, save, delete, update, patch): the entity prepared and
 * checked ({@link EntityWrites}), the request built ({@link WriteRequests}), and a refused condition
 * translated into the exception that says why: the item exists, is missing, has another version, or
 * the caller's condition did not hold, carrying the item as it is now. An expired item that reads
 * hide counts as missing here too (see {@link Expiry}). Each plan is a future over a {@link Sender}:
 * {@code Model} runs it with the blocking sender, {@code AsyncModel} with the asynchronous one.
 */
final class ItemWriter<T> {
    /** DynamoDB's text when an update writes inside a map or list the item does not have. */
    private static final String INVALID_DOCUMENT_PATH = "document path provided in the update expression is invalid";

    private final Sender sender;
    private final String tableName;
    private final EntitySchema<T> schema;
    private final WriteRequests<T> requests;
    private final Expiry expiry;
    private final Clock clock;

    ItemWriter(Sender sender, String tableName, EntitySchema<T> schema, Expiry expiry, Clock clock) {
        this.sender = sender;
        this.clock = clock;
        this.tableName = tableName;
        this.schema = schema;
        this.expiry = expiry;
        this.requests = new WriteRequests<>(tableName, schema, expiry);
    }

    /** A {@code create}: the item must not exist, and if it does that is what the caller hears. */
    CompletableFuture<T> create(T entity) {
        return Futures.attempt(() -> {
            EntityWrites.Prepared<T> prepared = EntityWrites.prepare(schema, entity, WriteKind.CREATE, clock);
            Map<String, AttributeValue> key = prepared.key();
            PutItemRequest request = requests.put(prepared.item(), prepared.expect(), null, null);
            return sender.send(Call.put(tableName, request, e -> e instanceof ConditionalCheckFailedException
                    ? new ItemAlreadyExistsException(tableName, key, e) : null)).thenApply(response -> prepared.entity());
        });
    }

    /** A {@code save}: a versioned entity without a version is a new item, which must not exist yet. */
    CompletableFuture<T> save(T entity, Condition condition) {
        return Futures.attempt(() -> {
            EntityWrites.Prepared<T> prepared = EntityWrites.prepare(schema, entity, WriteKind.SAVE, clock);
            Expect expect = prepared.expect();
            Long expectedVersion = prepared.expectedVersion();
            PutItemRequest request = requests.put(prepared.item(), expect, expectedVersion, condition);
            return sender.send(Call.put(tableName, request,
                            e -> translate(e, "PutItem", prepared.key(), expect, expectedVersion)))
                    .thenApply(response -> prepared.entity());
        });
    }

    /** A delete of the entity's item, checking the entity's version if it has one. */
    CompletableFuture<Void> delete(T entity, Condition condition) {
        return Futures.attempt(() -> delete(schema.keyOf(entity), schema.versionOf(entity), condition));
    }

    /** An update of the entity's item, checking the entity's version if it has one. */
    CompletableFuture<T> update(T entity, Consumer<Update<T>> actions) {
        return Futures.attempt(() -> update(schema.keyOf(entity), schema.versionOf(entity), actions));
    }

    /** A {@code patch}: the entity's non-null fields as one update of its item (see {@link Patches}). */
    CompletableFuture<T> patch(T entity) {
        return Futures.attempt(() -> {
            Patches.Patch patch = Patches.of(schema, entity, clock);
            return update(patch.key(), patch.expectedVersion(), patch.update());
        });
    }

    CompletableFuture<Void> delete(Map<String, AttributeValue> key, Long expectedVersion, Condition condition) {
        return Futures.attempt(() -> {
            DeleteItemRequest request = requests.delete(key, expectedVersion, condition);
            Expect expect = WriteRequests.deleteExpect(expectedVersion);
            return sender.send(Call.delete(tableName, request,
                    e -> translate(e, "DeleteItem", key, expect, expectedVersion))).thenApply(response -> null);
        });
    }

    /** An update with the caller's actions, returning the entity as its return mode says (or null). */
    CompletableFuture<T> update(Map<String, AttributeValue> key, Long expectedVersion, Consumer<Update<T>> actions) {
        return Futures.attempt(() -> {
            UpdateState update = new UpdateState();
            actions.accept(new Update<>(update));
            return update(key, expectedVersion, update);
        });
    }

    /** An update of collected actions: the one plan of {@code update} and {@code patch}. */
    private CompletableFuture<T> update(Map<String, AttributeValue> key, Long expectedVersion, UpdateState update) {
        return Futures.attempt(() -> {
            UpdateItemRequest request = requests.update(key, update, expectedVersion, clock);
            Expect expect = WriteRequests.updateExpect(update);
            return sendUpdate(request, key, update, expect, expectedVersion)
                    .exceptionallyCompose(failure -> Futures.cause(failure) instanceof ExpiredUnderUpsert
                            ? replaceExpired(request, key, update, expectedVersion)
                            : CompletableFuture.failedFuture(Futures.cause(failure)))
                    .thenApply(response -> response.hasAttributes() && !response.attributes().isEmpty()
                            ? schema.fromItem(response.attributes()) : null);
        });
    }

    /**
     * An upsert treats an expired item as missing: it starts from no item, not from the expired
     * one's attributes. Delete it (only if still expired) and update once more; if someone wrote the
     * item meanwhile (the delete's condition fails), the update applies to what is there now.
     */
    private CompletableFuture<UpdateItemResponse> replaceExpired(UpdateItemRequest request,
                                                                 Map<String, AttributeValue> key, UpdateState update,
                                                                 Long expectedVersion) {
        DeleteItemRequest delete = requests.deleteExpired(key);
        return sender.send(Call.delete(tableName, delete,
                        e -> e instanceof ConditionalCheckFailedException ? new ExpiredUnderUpsert() : null))
                .handle((deleted, failure) -> failure == null ? null : Futures.cause(failure))
                .thenCompose(failure -> failure == null || failure instanceof ExpiredUnderUpsert
                        ? sendUpdate(request, key, update, Expect.NOTHING, expectedVersion)
                        : CompletableFuture.failedFuture(failure));
    }

    private CompletableFuture<UpdateItemResponse> sendUpdate(UpdateItemRequest request,
                                                             Map<String, AttributeValue> key, UpdateState update,
                                                             Expect expect, Long expectedVersion) {
        return sender.send(Call.update(tableName, request, e -> {
            if (expect == Expect.NOT_EXPIRED && e instanceof ConditionalCheckFailedException failed && failed.hasItem()
                    && expiry.hides(failed.item())) {
                return new ExpiredUnderUpsert();
            }
            if (isMissingParent(e)) {
                return missingParent(key, update, e);
            }
            return translate(e, "UpdateItem", key, expect, expectedVersion);
        }));
    }

    private static boolean isMissingParent(SdkException e) {
        return e instanceof DynamoDbException d && d.awsErrorDetails() != null
                && "ValidationException".equals(d.awsErrorDetails().errorCode())
                && d.awsErrorDetails().errorMessage() != null
                && d.awsErrorDetails().errorMessage().contains(INVALID_DOCUMENT_PATH);
    }

    /** Names the parents the update wrote into; DynamoDB's own message names none. */
    private RuntimeException missingParent(Map<String, AttributeValue> key, UpdateState update, SdkException e) {
        Set<String> parents = new LinkedHashSet<>();
        Set<String> nested = new LinkedHashSet<>();
        for (UpdateAction action : update.actions()) {
            AttributePath path = action.path();
            if (!path.isTopLevel()) {
                nested.add(path.toString());
                parents.add(parent(path).toString());
            }
        }
        return parents.isEmpty() ? null
                : new MissingParentException(tableName, key, List.copyOf(parents), List.copyOf(nested), e);
    }

    private static AttributePath parent(AttributePath path) {
        List<Object> segments = path.segments();
        AttributePath parent = AttributePath.of(path.root());
        for (Object segment : segments.subList(1, segments.size() - 1)) {
            parent = segment instanceof Integer i ? parent.index(i) : parent.child((String) segment);
        }
        return parent;
    }

    /** Says why a condition failed: the item exists, is missing, has another version, or the caller's condition. */
    private RuntimeException translate(SdkException e, String operation, Map<String, AttributeValue> key, Expect expect,
                                       Long expectedVersion) {
        if (!(e instanceof ConditionalCheckFailedException failed)) {
            return null;
        }
        // An expired item that reads hide is no item for the caller either.
        Map<String, AttributeValue> now = failed.hasItem() ? expiry.visible(failed.item()) : null;
        Optional<String> versionName = schema.versionAttribute();
        if (expect == Expect.ABSENT && now != null && expectedVersion == null && versionName.isEmpty()) {
            return new ItemAlreadyExistsException(tableName, key, e);
        }
        if (expect == Expect.PRESENT && now == null && versionName.isEmpty()) {
            return new ItemNotFoundException(tableName, key, e);
        }
        boolean versionMismatch = versionName.isPresent() && (expect == Expect.ABSENT && now != null
                || expectedVersion != null && (now == null || !versionMatches(now, versionName.get(), expectedVersion)));
        if (versionMismatch) {
            return new VersionConflictException(tableName, operation, key, "expected version "
                    + (expectedVersion == null ? "none (a new item)" : expectedVersion) + " but found "
                    + (now == null ? "no item" : storedVersion(now, versionName.get())), schema, now, e);
        }
        if (expect == Expect.PRESENT && now == null) {
            return new ItemNotFoundException(tableName, key, e);
        }
        if (expect == Expect.ABSENT && now != null) {
            return new ItemAlreadyExistsException(tableName, key, e);
        }
        return new ConditionFailedException(tableName, operation, key, "the condition did not hold", schema, now, e);
    }

    private static String storedVersion(Map<String, AttributeValue> item, String versionName) {
        AttributeValue stored = item.get(versionName);
        return stored == null || stored.n() == null ? "no version" : "version " + stored.n();
    }

    /**
     * Compared as decimals: another tool may have stored a version that is no whole number (or one
     * beyond a long), and that is a conflict to report, not a parse failure quoting the stored text.
     */
    private static boolean versionMatches(Map<String, AttributeValue> item, String versionName, long expected) {
        AttributeValue stored = item.get(versionName);
        return stored != null && stored.n() != null
                && new BigDecimal(stored.n()).compareTo(BigDecimal.valueOf(expected)) == 0;
    }

    /** An upsert met an expired item (or its delete lost a race); never escapes {@link #update}. */
    private static final class ExpiredUnderUpsert extends RuntimeException {
        ExpiredUnderUpsert() {
            super(null, null, false, false);
        }
    }
}
