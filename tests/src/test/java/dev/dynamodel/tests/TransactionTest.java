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
import dev.dynamodel.tests.support.CountingAsyncClient;
import dev.dynamodel.tests.support.CountingClient;
import dev.dynamodel.tests.support.Face;
import dev.dynamodel.transaction.ReadTransactionResult;
import dev.dynamodel.transaction.TransactionCancelledException.Reason;
import dev.dynamodel.transaction.TransactionCancelledException;
import dev.dynamodel.transaction.WriteTransaction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * Write and read transactions across models against DynamoDB Local, and what a cancelled one
 * reports; each case on both faces ({@link Face}: {@code execute()} and {@code executeAsync()}).
 */
@ExtendWith(DynamoLocalExtension.class)
class TransactionTest {

    @BeforeAll
    static void tables(Dynamo dynamo) {
        MovieModel.of(dynamo).createTableIfNotExists();
        CounterModel.of(dynamo).createTableIfNotExists();
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void everyKindOfItem_acrossModels_isWrittenTogether(Face face, Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        int year = 5000 + face.offset();
        CounterModel counters = CounterModel.of(dynamo);
        counters.create(new Counter(face.id("tx-a"), 10, null, null));
        Counter b = counters.create(new Counter(face.id("tx-b"), 0, null, null));
        movies.save(new Movie(year, "Doomed", null));
        movies.save(new Movie(year, "Guard", null));

        face.execute(dynamo.writeTransaction()
                .create(movies, new Movie(year, "Created", null))
                .put(counters, new Counter(face.id("tx-c"), 3, "put", null))
                .update(counters, CounterSchema.INSTANCE.key(face.id("tx-a")), u -> u.subtract(CounterSchema.VALUE, 4L)
                        .condition(CounterSchema.VALUE.ge(4L)))
                .update(counters, b, u -> u.set(CounterSchema.NOTE, "checked"))
                .deleteKey(movies, MovieSchema.INSTANCE.key(year, "Doomed"))
                .check(movies, MovieSchema.INSTANCE.key(year, "Guard"), MovieSchema.TITLE.eq("Guard")));

        assertEquals(Optional.of(new Movie(year, "Created", null)), movies.get(year, "Created"));
        assertEquals(Optional.of(new Counter(face.id("tx-c"), 3, "put", 1L)), counters.get(face.id("tx-c")));
        assertEquals(Optional.of(new Counter(face.id("tx-a"), 6, null, 2L)), counters.get(face.id("tx-a")));
        assertEquals(Optional.of(new Counter(face.id("tx-b"), 0, "checked", 2L)), counters.get(face.id("tx-b")));
        assertEquals(Optional.empty(), movies.get(year, "Doomed"));
        assertEquals(Optional.of(new Movie(year, "Guard", null)), movies.get(year, "Guard"));
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void aFailedCondition_cancelsEverything_andReportsEachItem(Face face, Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        int year = 5001 + face.offset();
        CounterModel counters = CounterModel.of(dynamo);
        Counter poor = counters.create(new Counter(face.id("tx-poor"), 2, null, null));
        movies.save(new Movie(year, "Exists", null));

        TransactionCancelledException e = assertThrows(TransactionCancelledException.class, () -> face.execute(dynamo.writeTransaction()
                .put(movies, new Movie(year, "Would be written", null))
                .update(counters, CounterSchema.INSTANCE.key(face.id("tx-poor")), u -> u.subtract(CounterSchema.VALUE, 5L)
                        .condition(CounterSchema.VALUE.ge(5L)))
                .create(movies, new Movie(year, "Exists", null))
                .deleteKey(movies, MovieSchema.INSTANCE.key(year, "Never there"))));

        List<Reason> reasons = e.reasons();
        assertEquals(4, reasons.size());
        assertEquals(List.of("Put", "Update", "Create", "Delete"), reasons.stream().map(Reason::operation).toList());
        assertEquals(List.of("None", "ConditionalCheckFailed", "ConditionalCheckFailed", "None"),
                reasons.stream().map(Reason::code).toList());
        assertEquals(Optional.of(poor), reasons.get(1).current(CounterSchema.INSTANCE), "the stored item when its condition failed");
        assertEquals(Optional.of(new Movie(year, "Exists", null)), reasons.get(2).current(MovieSchema.INSTANCE));
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> reasons.get(2).current(CounterSchema.INSTANCE), "item 2 is a Movie, not a Counter");
        assertTrue(wrong.getMessage().contains("Movie") && wrong.getMessage().contains("Counter"), wrong.getMessage());
        assertEquals(CounterSchema.INSTANCE.key(face.id("tx-poor")), reasons.get(1).key());
        assertEquals(counters.tableName(), reasons.get(1).table());
        assertEquals(List.of(1, 2), e.failed().stream().map(Reason::index).toList());
        assertTrue(e.getMessage().contains("#1 Update " + counters.tableName()), e.getMessage());

        // Nothing was written.
        assertEquals(Optional.empty(), movies.get(year, "Would be written"));
        assertEquals(Optional.of(poor), counters.get(face.id("tx-poor")));
        assertEquals(List.of("Exists"), movies.query(MovieSchema.YEAR.eq(year)).list().stream().map(Movie::title).toList());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void aStaleVersion_cancelsThePut(Face face, Dynamo dynamo) {
        CounterModel counters = CounterModel.of(dynamo);
        Counter first = counters.create(new Counter(face.id("tx-version"), 1, null, null));
        Counter second = counters.save(first.withValue(2));

        TransactionCancelledException e = assertThrows(TransactionCancelledException.class,
                () -> face.execute(dynamo.writeTransaction().put(counters, first.withValue(99))));

        assertTrue(e.reasons().get(0).conditionFailed());
        assertEquals(Optional.of(second), e.reasons().get(0).current(CounterSchema.INSTANCE));
        assertEquals(Optional.of(second), counters.get(face.id("tx-version")));
        face.execute(dynamo.writeTransaction().put(counters, second.withValue(3)));
        assertEquals(Optional.of(new Counter(face.id("tx-version"), 3, null, 3L)), counters.get(face.id("tx-version")));
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void moreThan100Items_areRefusedBeforeSending(Face face, Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        int year = 5002 + face.offset();
        CountingClient counting = new CountingClient(dynamo.client());
        CountingAsyncClient countingAsync = new CountingAsyncClient(dynamo.asyncClient(), Runnable::run);
        WriteTransaction tx = Dynamo.builder(counting).asyncClient(countingAsync).tablePrefix(dynamo.tablePrefix()).build()
                .writeTransaction();
        for (int i = 0; i < 101; i++) {
            tx.put(movies, new Movie(year, "T" + i, null));
        }

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> face.execute(tx));

        assertTrue(e.getMessage().contains("at most 100 items; this one has 101"), e.getMessage());
        assertEquals(0, counting.requests() + countingAsync.requests());
        assertEquals(0, movies.query(MovieSchema.YEAR.eq(year)).count());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void twoOperationsOnOneItem_orABadKey_areRefusedBeforeSending(Face face, Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        int year = 5003 + face.offset();
        CountingClient counting = new CountingClient(dynamo.client());
        CountingAsyncClient countingAsync = new CountingAsyncClient(dynamo.asyncClient(), Runnable::run);
        Dynamo counted = Dynamo.builder(counting).asyncClient(countingAsync).tablePrefix(dynamo.tablePrefix()).build();

        InvalidItemsException e = assertThrows(InvalidItemsException.class, () -> face.execute(counted.writeTransaction()
                .put(movies, new Movie(year, "Same", null))
                .put(movies, new Movie(year, "", null))
                .deleteKey(movies, MovieSchema.INSTANCE.key(year, "Same"))));

        assertEquals(List.of(1, 2), e.problems().stream().map(InvalidItemsException.Problem::index).toList());
        assertEquals(0, counting.requests() + countingAsync.requests());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void theIdempotencyToken_isGenerated_andMakesARepeatHarmless(Face face, Dynamo dynamo) {
        CounterModel counters = CounterModel.of(dynamo);
        counters.create(new Counter(face.id("tx-once"), 0, null, null));
        WriteTransaction tx = dynamo.writeTransaction()
                .update(counters, CounterSchema.INSTANCE.key(face.id("tx-once")), u -> u.add(CounterSchema.VALUE, 1L));

        assertEquals(36, tx.idempotencyToken().length());
        TransactWriteItemsRequest request = tx.request();
        assertEquals(tx.idempotencyToken(), request.clientRequestToken());
        face.execute(tx);
        face.execute(tx);

        assertEquals(1, counters.get(face.id("tx-once")).orElseThrow().value(), "the second call with the same token did nothing");
        assertEquals("mine", dynamo.writeTransaction().idempotencyToken("mine").idempotencyToken());
        assertThrows(IllegalArgumentException.class, () -> dynamo.writeTransaction().idempotencyToken("x".repeat(37)));
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void aReadTransaction_returnsTypedEntitiesInOrder(Face face, Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        int year = 5004 + face.offset();
        CounterModel counters = CounterModel.of(dynamo);
        movies.save(new Movie(year, "Read", null));
        Counter counter = counters.create(new Counter(face.id("tx-read"), 4, null, null));

        ReadTransactionResult result = face.execute(dynamo.readTransaction()
                .get(counters, CounterSchema.INSTANCE.key(face.id("tx-read")))
                .get(movies, MovieSchema.INSTANCE.key(year, "Read"))
                .get(movies, MovieSchema.INSTANCE.key(year, "Missing")));

        assertEquals(List.of(Optional.of(new Movie(year, "Read", null)), Optional.empty()), result.get(movies));
        assertEquals(List.of(Optional.of(counter)), result.get(counters));
        assertEquals(Optional.of(counter), result.get(0, counters));
        assertEquals(List.of(Optional.of(counter), Optional.of(new Movie(year, "Read", null)), Optional.empty()),
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
