package dev.dynamodel.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.exception.DynamoRequestException;
import dev.dynamodel.exception.ItemAlreadyExistsException;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.tests.entities.AllTypes;
import dev.dynamodel.tests.entities.AllTypesModel;
import dev.dynamodel.tests.entities.Customer;
import dev.dynamodel.tests.entities.CustomerModel;
import dev.dynamodel.tests.entities.Movie;
import dev.dynamodel.tests.entities.MovieInfo;
import dev.dynamodel.tests.entities.MovieModel;
import dev.dynamodel.tests.entities.Point;
import dev.dynamodel.tests.entities.PointModel;
import dev.dynamodel.tests.support.CountingAsyncClient;
import dev.dynamodel.tests.support.CountingClient;
import dev.dynamodel.tests.support.Face;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * Create, get, save and delete through generated models, against embedded DynamoDB Local; each item
 * case on both faces ({@link Face}), the table cases on the blocking one (both faces of the table
 * operations are in {@code tables.TableLifecycleTest}).
 */
@ExtendWith(DynamoLocalExtension.class)
class CrudTest {

    @BeforeAll
    static void createTables(Dynamo dynamo) {
        MovieModel.of(dynamo).createTableIfNotExists();
        CustomerModel.of(dynamo).createTableIfNotExists();
        PointModel.of(dynamo).createTableIfNotExists();
        AllTypesModel.of(dynamo).createTableIfNotExists();
    }

    private static Movie movie(int year, String title, String plot) {
        return new Movie(year, title, new MovieInfo(List.of("Ron Howard"), Instant.parse("2013-09-02T00:00:00Z"),
                new BigDecimal("8.3"), List.of("Drama"), null, plot, 2, 7380, List.of("Daniel Brühl")));
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void create_thenGet_returnsTheSameEntity(Face face, Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        String title = face.id("Rush");
        Movie rush = movie(2013, title, "A rivalry.");
        assertEquals(rush, face.call(() -> movies.create(rush), () -> movies.async().create(rush)));
        assertEquals(Optional.of(rush), face.call(() -> movies.get(2013, title), () -> movies.async().get(2013, title)));
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void create_whenKeyExists_throwsItemAlreadyExistsAndKeepsTheStoredItem(Face face, Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        String title = face.id("Twice");
        face.call(() -> movies.create(movie(2001, title, "first")), () -> movies.async().create(movie(2001, title, "first")));
        Movie second = movie(2001, title, "second");
        ItemAlreadyExistsException e = assertThrows(ItemAlreadyExistsException.class,
                () -> face.call(() -> movies.create(second), () -> movies.async().create(second)));
        assertEquals("CrudTest_Movies", e.table());
        assertEquals("PutItem", e.operation());
        assertInstanceOf(ConditionalCheckFailedException.class, e.getCause());
        assertEquals("first", movies.get(2001, title).orElseThrow().info().plot());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void save_overwritesTheWholeItem(Face face, Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        String title = face.id("Saved");
        Movie old = movie(2002, title, "old");
        Movie bare = new Movie(2002, title, null);
        face.call(() -> movies.save(old), () -> movies.async().save(old));
        face.call(() -> movies.save(bare), () -> movies.async().save(bare));
        assertEquals(Optional.of(bare), movies.get(2002, title));
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void delete_removesTheItem_andDeletingAgainIsNotAnError(Face face, Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        String title = face.id("Gone");
        movies.create(movie(2003, title, "bye"));
        face.run(() -> movies.delete(2003, title), () -> movies.async().delete(2003, title));
        assertEquals(Optional.empty(), movies.get(2003, title));
        face.run(() -> movies.delete(2003, title), () -> movies.async().delete(2003, title));
        movies.save(movie(2003, title, "again"));
        Movie stored = movies.get(2003, title).orElseThrow();
        face.run(() -> movies.delete(stored), () -> movies.async().delete(stored));
        assertTrue(movies.get(2003, title).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void get_whenMissing_isEmpty(Face face, Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        assertEquals(Optional.empty(), face.call(() -> movies.get(1900, "Nothing"), () -> movies.async().get(1900, "Nothing")));
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void nullOrEmptyKey_isRefusedBeforeAnyRequest(Face face, Dynamo dynamo) {
        CountingClient counting = new CountingClient(dynamo.client());
        CountingAsyncClient countingAsync = new CountingAsyncClient(dynamo.asyncClient(), Runnable::run);
        MovieModel movies = MovieModel.of(Dynamo.builder(counting).asyncClient(countingAsync)
                .tablePrefix(dynamo.tablePrefix()).build());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> face.call(() -> movies.get(2013, ""), () -> movies.async().get(2013, "")));
        assertEquals("Key attribute 'title' of Movie must not be empty", empty.getMessage());
        Movie nullTitle = movie(2013, null, "x");
        IllegalArgumentException nul = assertThrows(IllegalArgumentException.class,
                () -> face.call(() -> movies.create(nullTitle), () -> movies.async().create(nullTitle)));
        assertEquals("Key attribute 'title' of Movie must not be null", nul.getMessage());
        Movie emptyTitle = movie(2013, "", "x");
        assertThrows(IllegalArgumentException.class,
                () -> face.call(() -> movies.save(emptyTitle), () -> movies.async().save(emptyTitle)));
        assertThrows(IllegalArgumentException.class,
                () -> face.run(() -> movies.delete(2013, null), () -> movies.async().delete(2013, null)));
        assertEquals(0, counting.requests());
        assertEquals(0, countingAsync.requests());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void mutableClass_roundTripsThroughTheTable(Face face, Dynamo dynamo) {
        CustomerModel customers = CustomerModel.of(dynamo);
        long id = 42L + face.offset();
        Customer ada = new Customer();
        ada.setTenant("acme");
        ada.setCustomerId(id);
        ada.setName("Ada");
        ada.setActive(true);
        ada.setCached("not stored");
        ada.replaceNotes(List.of(new Customer.Note("first", 5), new Customer.Note(null, 0)));
        face.call(() -> customers.create(ada), () -> customers.async().create(ada));

        Customer back = face.call(() -> customers.get("acme", id), () -> customers.async().get("acme", id)).orElseThrow();
        assertEquals("Ada", back.getName());
        assertTrue(back.isActive());
        assertEquals(ada.notes(), back.notes());
        assertEquals(null, back.getCached());
        AttributeValue stored = dynamo.client().getItem(b -> b.tableName(customers.tableName())
                .key(CustomerModel.of(dynamo).schema().keyOf(ada))).item().get("customer_id");
        assertEquals(String.valueOf(id), stored.n(), "@Attribute gives the stored name");
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void immutableClass_withBinaryKey_roundTripsThroughItsConstructor(Face face, Dynamo dynamo) {
        PointModel points = PointModel.of(dynamo);
        byte[] id = {1, 2, (byte) (3 + face.offset())};
        Point point = new Point(id, "p");
        face.call(() -> points.create(point), () -> points.async().create(point));
        Point back = face.call(() -> points.get(id), () -> points.async().get(id)).orElseThrow();
        assertArrayEquals(id, back.getId());
        assertEquals("p", back.getLabel());
        assertThrows(IllegalArgumentException.class,
                () -> face.call(() -> points.get(new byte[0]), () -> points.async().get(new byte[0])));
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void everyType_roundTripsThroughTheTable(Face face, Dynamo dynamo) {
        AllTypesModel model = AllTypesModel.of(dynamo);
        String id = face.id("db-1");
        AllTypes original = DatabaseSafeValues.allTypes(id);
        face.call(() -> model.create(original), () -> model.async().create(original));
        TypeRoundTripTest.assertSameValues(original,
                face.call(() -> model.get(id), () -> model.async().get(id)).orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void emptySet_isStoredWithoutTheAttribute(Face face, Dynamo dynamo) {
        AllTypesModel model = AllTypesModel.of(dynamo);
        String id = face.id("db-empty");
        AllTypes withEmpty = DatabaseSafeValues.withEmptySets(id);
        face.call(() -> model.save(withEmpty), () -> model.async().save(withEmpty));
        var item = dynamo.client().getItem(b -> b.tableName(model.tableName()).key(model.schema().keyOf(withEmpty))).item();
        assertFalse(item.containsKey("stringSet"));
        assertEquals(null, face.call(() -> model.get(id), () -> model.async().get(id)).orElseThrow().stringSet());
    }

    @Test
    void tablePrefix_namesThePhysicalTable(Dynamo dynamo) {
        Dynamo staging = Dynamo.builder(dynamo.client()).tablePrefix("staging_").build();
        MovieModel movies = MovieModel.of(staging);
        assertEquals("staging_Movies", movies.tableName());
        movies.createTableIfNotExists();
        assertTrue(dynamo.client().listTables().tableNames().contains("staging_Movies"));
        movies.deleteTable();
        assertFalse(movies.tableExists());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void requestToMissingTable_throwsDynamoRequestExceptionNamingTableAndOperation(Face face, Dynamo dynamo) {
        MovieModel missing = MovieModel.of(Dynamo.builder(dynamo.client()).asyncClient(dynamo.asyncClient())
                .tablePrefix("missing_").build());
        DynamoRequestException e = assertThrows(DynamoRequestException.class,
                () -> face.call(() -> missing.get(2000, "x"), () -> missing.async().get(2000, "x")));
        assertEquals("missing_Movies", e.table());
        assertEquals("GetItem", e.operation());
        assertTrue(e.getMessage().startsWith("GetItem on table missing_Movies failed"), e.getMessage());
        assertInstanceOf(ResourceNotFoundException.class, e.getCause());
    }

    @Test
    void createTable_usesOnDemandBillingAndTheDeclaredKey(Dynamo dynamo) {
        var table = dynamo.client().describeTable(b -> b.tableName(MovieModel.of(dynamo).tableName())).table();
        assertEquals("PAY_PER_REQUEST", table.billingModeSummary().billingModeAsString());
        assertEquals("year", table.keySchema().get(0).attributeName());
        assertEquals("title", table.keySchema().get(1).attributeName());
        assertEquals(SdkBytes.class, SdkBytes.fromUtf8String("").getClass());
    }
}
