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
import dev.dynamodel.tests.support.CountingClient;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/** Create, get, save and delete through generated models, against embedded DynamoDB Local. */
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

    @Test
    void create_thenGet_returnsTheSameEntity(Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        Movie rush = movie(2013, "Rush", "A rivalry.");
        assertEquals(rush, movies.create(rush));
        assertEquals(Optional.of(rush), movies.get(2013, "Rush"));
    }

    @Test
    void create_whenKeyExists_throwsItemAlreadyExistsAndKeepsTheStoredItem(Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        movies.create(movie(2001, "Twice", "first"));
        ItemAlreadyExistsException e = assertThrows(ItemAlreadyExistsException.class,
                () -> movies.create(movie(2001, "Twice", "second")));
        assertEquals("CrudTest_Movies", e.table());
        assertEquals("PutItem", e.operation());
        assertInstanceOf(ConditionalCheckFailedException.class, e.getCause());
        assertEquals("first", movies.get(2001, "Twice").orElseThrow().info().plot());
    }

    @Test
    void save_overwritesTheWholeItem(Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        movies.save(movie(2002, "Saved", "old"));
        movies.save(new Movie(2002, "Saved", null));
        assertEquals(Optional.of(new Movie(2002, "Saved", null)), movies.get(2002, "Saved"));
    }

    @Test
    void delete_removesTheItem_andDeletingAgainIsNotAnError(Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        movies.create(movie(2003, "Gone", "bye"));
        movies.delete(2003, "Gone");
        assertEquals(Optional.empty(), movies.get(2003, "Gone"));
        movies.delete(2003, "Gone");
        movies.save(movie(2003, "Gone", "again"));
        movies.delete(movies.get(2003, "Gone").orElseThrow());
        assertTrue(movies.get(2003, "Gone").isEmpty());
    }

    @Test
    void get_whenMissing_isEmpty(Dynamo dynamo) {
        assertEquals(Optional.empty(), MovieModel.of(dynamo).get(1900, "Nothing"));
    }

    @Test
    void nullOrEmptyKey_isRefusedBeforeAnyRequest(Dynamo dynamo) {
        CountingClient counting = new CountingClient(dynamo.client());
        MovieModel movies = MovieModel.of(Dynamo.builder(counting).tablePrefix(dynamo.tablePrefix()).build());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> movies.get(2013, ""));
        assertEquals("Key attribute 'title' of Movie must not be empty", empty.getMessage());
        IllegalArgumentException nul = assertThrows(IllegalArgumentException.class, () -> movies.create(movie(2013, null, "x")));
        assertEquals("Key attribute 'title' of Movie must not be null", nul.getMessage());
        assertThrows(IllegalArgumentException.class, () -> movies.save(movie(2013, "", "x")));
        assertThrows(IllegalArgumentException.class, () -> movies.delete(2013, null));
        assertEquals(0, counting.requests());
    }

    @Test
    void mutableClass_roundTripsThroughTheTable(Dynamo dynamo) {
        CustomerModel customers = CustomerModel.of(dynamo);
        Customer ada = new Customer();
        ada.setTenant("acme");
        ada.setCustomerId(42L);
        ada.setName("Ada");
        ada.setActive(true);
        ada.setCached("not stored");
        ada.replaceNotes(List.of(new Customer.Note("first", 5), new Customer.Note(null, 0)));
        customers.create(ada);

        Customer back = customers.get("acme", 42L).orElseThrow();
        assertEquals("Ada", back.getName());
        assertTrue(back.isActive());
        assertEquals(ada.notes(), back.notes());
        assertEquals(null, back.getCached());
        AttributeValue stored = dynamo.client().getItem(b -> b.tableName(customers.tableName())
                .key(CustomerModel.of(dynamo).schema().keyOf(ada))).item().get("customer_id");
        assertEquals("42", stored.n(), "@Attribute gives the stored name");
    }

    @Test
    void immutableClass_withBinaryKey_roundTripsThroughItsConstructor(Dynamo dynamo) {
        PointModel points = PointModel.of(dynamo);
        points.create(new Point(new byte[] {1, 2, 3}, "p"));
        Point back = points.get(new byte[] {1, 2, 3}).orElseThrow();
        assertArrayEquals(new byte[] {1, 2, 3}, back.getId());
        assertEquals("p", back.getLabel());
        assertThrows(IllegalArgumentException.class, () -> points.get(new byte[0]));
    }

    @Test
    void everyType_roundTripsThroughTheTable(Dynamo dynamo) {
        AllTypesModel model = AllTypesModel.of(dynamo);
        AllTypes original = DatabaseSafeValues.allTypes("db-1");
        model.create(original);
        TypeRoundTripTest.assertSameValues(original, model.get("db-1").orElseThrow());
    }

    @Test
    void emptySet_isStoredWithoutTheAttribute(Dynamo dynamo) {
        AllTypesModel model = AllTypesModel.of(dynamo);
        AllTypes withEmpty = DatabaseSafeValues.withEmptySets("db-empty");
        model.save(withEmpty);
        var item = dynamo.client().getItem(b -> b.tableName(model.tableName()).key(model.schema().keyOf(withEmpty))).item();
        assertFalse(item.containsKey("stringSet"));
        assertEquals(null, model.get("db-empty").orElseThrow().stringSet());
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

    @Test
    void requestToMissingTable_throwsDynamoRequestExceptionNamingTableAndOperation(Dynamo dynamo) {
        MovieModel missing = MovieModel.of(Dynamo.builder(dynamo.client()).tablePrefix("missing_").build());
        DynamoRequestException e = assertThrows(DynamoRequestException.class, () -> missing.get(2000, "x"));
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
