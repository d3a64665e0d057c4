package dev.dynamodel.tests.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamodel.Dynamo;
import dev.dynamodel.exception.UnknownItemTypeException;
import dev.dynamodel.local.DynamoLocalExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A family with its type attribute turned off and its own key names: the keys alone tell the members apart. */
@ExtendWith(DynamoLocalExtension.class)
class KeysOnlyFamilyTest {
    private static final Author TOVE = new Author("tove", "Tove Jansson");
    private static final List<Book> BOOKS = List.of(new Book("tove", 1945, "The Moomins and the Great Flood"),
            new Book("tove", 1948, "Finn Family Moomintroll"), new Book("tove", 1954, "Moominsummer Madness"));

    @BeforeAll
    static void load(Dynamo dynamo) {
        LibraryModel.of(dynamo).createTable();
        AuthorModel.of(dynamo).create(TOVE);
        BOOKS.forEach(BookModel.of(dynamo)::create);
        // Written by another tool: keys that no member's templates match.
        dynamo.client().putItem(b -> b.tableName(LibraryModel.of(dynamo).tableName()).item(Map.of(
                "PK", AttributeValue.fromS("AUTHOR#tove"), "SK", AttributeValue.fromS("AWARD#1966"))));
    }

    @Test
    void items_carryNoTypeAttribute_andUseTheFamilysKeyNames(Dynamo dynamo) {
        Map<String, AttributeValue> item = dynamo.client().getItem(b -> b.tableName(BookModel.of(dynamo).tableName())
                .key(BookSchema.INSTANCE.key("tove", 1948, "Finn Family Moomintroll"))).item();
        assertEquals("BOOK#0000000000000001948#Finn Family Moomintroll", item.get("SK").s());
        assertFalse(item.containsKey("_type"));
    }

    @Test
    void collection_tellsMembersApartByTheirKeys_andSkipsWhatMatchesNone(Dynamo dynamo) {
        var collection = LibraryModel.of(dynamo).collection(AuthorSchema.partitionKey("tove"));
        List<Library> items = collection.list();
        assertEquals(BOOKS, items.subList(0, 3));
        assertEquals(TOVE, items.get(3));
        assertEquals(1, collection.skipped());
        assertThrows(UnknownItemTypeException.class, () -> LibraryModel.of(dynamo)
                .collection(AuthorSchema.partitionKey("tove")).failOnUnknownTypes().list());
    }

    @Test
    void memberQuery_withoutTypeFilter_reliesOnTheSortKeyPrefix(Dynamo dynamo) {
        assertEquals(BOOKS, BookModel.of(dynamo).query(BookSchema.AUTHOR_ID.eq("tove")).list());
        assertEquals(List.of(BOOKS.get(1)), BookModel.of(dynamo).query(BookSchema.AUTHOR_ID.eq("tove")
                .and(BookSchema.YEAR.between(1946, 1950))).list());
        assertEquals(List.of(TOVE), AuthorModel.of(dynamo).query(AuthorSchema.AUTHOR_ID.eq("tove")).list());
    }
}
