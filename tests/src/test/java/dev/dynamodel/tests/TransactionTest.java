package dev.dynamodel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.exception.InvalidItemsException;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.tests.entities.Counter;
import dev.dynamodel.tests.entities.CounterModel;
import dev.dynamodel.tests.entities.CounterSchema;
import dev.dynamodel.tests.entities.Movie;
import dev.dynamodel.tests.entities.MovieModel;
import dev.dynamodel.tests.entities.MovieSchema;
import dev.dynamodel.tests.support.CountingClient;
import dev.dynamodel.transaction.ReadTransactionResult;
import dev.dynamodel.transaction.TransactionCancelledException.Reason;
import dev.dynamodel.transaction.TransactionCancelledException;
import dev.dynamodel.transaction.WriteTransaction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/** Write and read transactions across models against DynamoDB Local, and what a cancelled one reports. */
@ExtendWith(DynamoLocalExtension.class)
class TransactionTest {

    @BeforeAll
    static void tables(Dynamo dynamo) {
        MovieModel.of(dynamo).createTableIfNotExists();
        CounterModel.of(dynamo).createTableIfNotExists();
    }

    @Test
    void everyKindOfItem_acrossModels_isWrittenTogether(Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        CounterModel counters = CounterModel.of(dynamo);
        counters.create(new Counter("tx-a", 10, null, null));
        Counter b = counters.create(new Counter("tx-b", 0, null, null));
        movies.save(new Movie(5000, "Doomed", null));
        movies.save(new Movie(5000, "Guard", null));

        dynamo.writeTransaction()
                .create(movies, new Movie(5000, "Created", null))
                .put(counters, new Counter("tx-c", 3, "put", null))
                .update(counters, CounterSchema.INSTANCE.key("tx-a"), u -> u.subtract(CounterSchema.VALUE, 4L)
                        .condition(CounterSchema.VALUE.ge(4L)))
                .update(counters, b, u -> u.set(CounterSchema.NOTE, "checked"))
                .deleteKey(movies, MovieSchema.INSTANCE.key(5000, "Doomed"))
                .check(movies, MovieSchema.INSTANCE.key(5000, "Guard"), MovieSchema.TITLE.eq("Guard"))
                .execute();

        assertEquals(Optional.of(new Movie(5000, "Created", null)), movies.get(5000, "Created"));
        assertEquals(Optional.of(new Counter("tx-c", 3, "put", 1L)), counters.get("tx-c"));
        assertEquals(Optional.of(new Counter("tx-a", 6, null, 2L)), counters.get("tx-a"));
        assertEquals(Optional.of(new Counter("tx-b", 0, "checked", 2L)), counters.get("tx-b"));
        assertEquals(Optional.empty(), movies.get(5000, "Doomed"));
        assertEquals(Optional.of(new Movie(5000, "Guard", null)), movies.get(5000, "Guard"));
    }

    @Test
    void aFailedCondition_cancelsEverything_andReportsEachItem(Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        CounterModel counters = CounterModel.of(dynamo);
        Counter poor = counters.create(new Counter("tx-poor", 2, null, null));
        movies.save(new Movie(5001, "Exists", null));

        TransactionCancelledException e = assertThrows(TransactionCancelledException.class, () -> dynamo.writeTransaction()
                .put(movies, new Movie(5001, "Would be written", null))
                .update(counters, CounterSchema.INSTANCE.key("tx-poor"), u -> u.subtract(CounterSchema.VALUE, 5L)
                        .condition(CounterSchema.VALUE.ge(5L)))
                .create(movies, new Movie(5001, "Exists", null))
                .deleteKey(movies, MovieSchema.INSTANCE.key(5001, "Never there"))
                .execute());

        List<Reason> reasons = e.reasons();
        assertEquals(4, reasons.size());
        assertEquals(List.of("Put", "Update", "Create", "Delete"), reasons.stream().map(Reason::operation).toList());
        assertEquals(List.of("None", "ConditionalCheckFailed", "ConditionalCheckFailed", "None"),
                reasons.stream().map(Reason::code).toList());
        assertEquals(Optional.of(poor), reasons.get(1).current(CounterSchema.INSTANCE), "the stored item when its condition failed");
        assertEquals(Optional.of(new Movie(5001, "Exists", null)), reasons.get(2).current(MovieSchema.INSTANCE));
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> reasons.get(2).current(CounterSchema.INSTANCE), "item 2 is a Movie, not a Counter");
        assertTrue(wrong.getMessage().contains("Movie") && wrong.getMessage().contains("Counter"), wrong.getMessage());
        assertEquals(CounterSchema.INSTANCE.key("tx-poor"), reasons.get(1).key());
        assertEquals(counters.tableName(), reasons.get(1).table());
        assertEquals(List.of(1, 2), e.failed().stream().map(Reason::index).toList());
        assertTrue(e.getMessage().contains("#1 Update " + counters.tableName()), e.getMessage());

        // Nothing was written.
        assertEquals(Optional.empty(), movies.get(5001, "Would be written"));
        assertEquals(Optional.of(poor), counters.get("tx-poor"));
        assertEquals(List.of("Exists"), movies.query(MovieSchema.YEAR.eq(5001)).list().stream().map(Movie::title).toList());
    }

    @Test
    void aStaleVersion_cancelsThePut(Dynamo dynamo) {
        CounterModel counters = CounterModel.of(dynamo);
        Counter first = counters.create(new Counter("tx-version", 1, null, null));
        Counter second = counters.save(first.withValue(2));

        TransactionCancelledException e = assertThrows(TransactionCancelledException.class,
                () -> dynamo.writeTransaction().put(counters, first.withValue(99)).execute());

        assertTrue(e.reasons().get(0).conditionFailed());
        assertEquals(Optional.of(second), e.reasons().get(0).current(CounterSchema.INSTANCE));
        assertEquals(Optional.of(second), counters.get("tx-version"));
        dynamo.writeTransaction().put(counters, second.withValue(3)).execute();
        assertEquals(Optional.of(new Counter("tx-version", 3, null, 3L)), counters.get("tx-version"));
    }

    @Test
    void moreThan100Items_areRefusedBeforeSending(Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        CountingClient counting = new CountingClient(dynamo.client());
        WriteTransaction tx = Dynamo.builder(counting).tablePrefix(dynamo.tablePrefix()).build().writeTransaction();
        for (int i = 0; i < 101; i++) {
            tx.put(movies, new Movie(5002, "T" + i, null));
        }

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, tx::execute);

        assertTrue(e.getMessage().contains("at most 100 items; this one has 101"), e.getMessage());
        assertEquals(0, counting.requests());
        assertEquals(0, movies.query(MovieSchema.YEAR.eq(5002)).count());
    }

    @Test
    void twoOperationsOnOneItem_orABadKey_areRefusedBeforeSending(Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        CountingClient counting = new CountingClient(dynamo.client());
        Dynamo counted = Dynamo.builder(counting).tablePrefix(dynamo.tablePrefix()).build();

        InvalidItemsException e = assertThrows(InvalidItemsException.class, () -> counted.writeTransaction()
                .put(movies, new Movie(5003, "Same", null))
                .put(movies, new Movie(5003, "", null))
                .deleteKey(movies, MovieSchema.INSTANCE.key(5003, "Same"))
                .execute());

        assertEquals(List.of(1, 2), e.problems().stream().map(InvalidItemsException.Problem::index).toList());
        assertEquals(0, counting.requests());
    }

    @Test
    void theIdempotencyToken_isGenerated_andMakesARepeatHarmless(Dynamo dynamo) {
        CounterModel counters = CounterModel.of(dynamo);
        counters.create(new Counter("tx-once", 0, null, null));
        WriteTransaction tx = dynamo.writeTransaction()
                .update(counters, CounterSchema.INSTANCE.key("tx-once"), u -> u.add(CounterSchema.VALUE, 1L));

        assertEquals(36, tx.idempotencyToken().length());
        TransactWriteItemsRequest request = tx.request();
        assertEquals(tx.idempotencyToken(), request.clientRequestToken());
        tx.execute();
        tx.execute();

        assertEquals(1, counters.get("tx-once").orElseThrow().value(), "the second call with the same token did nothing");
        assertEquals("mine", dynamo.writeTransaction().idempotencyToken("mine").idempotencyToken());
        assertThrows(IllegalArgumentException.class, () -> dynamo.writeTransaction().idempotencyToken("x".repeat(37)));
    }

    @Test
    void aReadTransaction_returnsTypedEntitiesInOrder(Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        CounterModel counters = CounterModel.of(dynamo);
        movies.save(new Movie(5004, "Read", null));
        Counter counter = counters.create(new Counter("tx-read", 4, null, null));

        ReadTransactionResult result = dynamo.readTransaction()
                .get(counters, CounterSchema.INSTANCE.key("tx-read"))
                .get(movies, MovieSchema.INSTANCE.key(5004, "Read"))
                .get(movies, MovieSchema.INSTANCE.key(5004, "Missing"))
                .execute();

        assertEquals(List.of(Optional.of(new Movie(5004, "Read", null)), Optional.empty()), result.get(movies));
        assertEquals(List.of(Optional.of(counter)), result.get(counters));
        assertEquals(Optional.of(counter), result.get(0, counters));
        assertEquals(List.of(Optional.of(counter), Optional.of(new Movie(5004, "Read", null)), Optional.empty()),
                result.all());
        assertThrows(IllegalArgumentException.class, () -> result.get(0, movies));
    }

    @Test
    void aConditionCheckWithoutACondition_isRefused(Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        InvalidItemsException e = assertThrows(InvalidItemsException.class, () -> dynamo.writeTransaction()
                .check(movies, MovieSchema.INSTANCE.key(5005, "x"), null).request());
        assertNotNull(e.problems().get(0).cause());
        assertNull(null);
    }
}
