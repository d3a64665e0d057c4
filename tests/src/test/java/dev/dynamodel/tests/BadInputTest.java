package dev.dynamodel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.exception.InvalidItemsException;
import dev.dynamodel.exception.ItemMappingException;
import dev.dynamodel.exception.ValidationException;
import dev.dynamodel.exception.Violation;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.tests.entities.Address;
import dev.dynamodel.tests.entities.CheckedTree;
import dev.dynamodel.tests.entities.DefaultedTree;
import dev.dynamodel.tests.entities.Forest;
import dev.dynamodel.tests.entities.ForestModel;
import dev.dynamodel.tests.entities.ForestSchema;
import dev.dynamodel.tests.entities.Note;
import dev.dynamodel.tests.entities.NoteModel;
import dev.dynamodel.tests.entities.NoteSchema;
import dev.dynamodel.tests.entities.Tree;
import dev.dynamodel.tests.support.CountingClient;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * Values Java allows and DynamoDB does not store: text that is not valid Unicode, null set
 * elements, nesting deeper than 32 levels. Each is refused with a {@link ValidationException}
 * naming its path (never the value), before anything is sent.
 */
@ExtendWith(DynamoLocalExtension.class)
class BadInputTest {
    /** An unpaired high surrogate: a Java string, but no UTF-8 text. */
    private static final String LONE = "PWD-SECRET-\uD83D-end";

    @BeforeAll
    static void createTables(Dynamo dynamo) {
        NoteModel.of(dynamo).createTableIfNotExists();
        ForestModel.of(dynamo).createTableIfNotExists();
    }

    /** A model whose client counts the requests it sends. */
    private static <M> M counted(Dynamo dynamo, CountingClient counting, Function<Dynamo, M> model) {
        return model.apply(Dynamo.builder(counting).tablePrefix(dynamo.tablePrefix()).build());
    }

    private static ValidationException refusedUnsent(Dynamo dynamo, String id, Note note) {
        CountingClient counting = new CountingClient(dynamo.client());
        NoteModel notes = counted(dynamo, counting, NoteModel::of);
        ValidationException e = assertThrows(ValidationException.class, () -> notes.create(note));
        assertEquals(0, counting.requests(), "nothing sent");
        assertFalse(NoteModel.of(dynamo).get(id).isPresent(), "nothing stored");
        assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
        return e;
    }

    private static void assertOnly(ValidationException e, String path, String rule) {
        assertEquals(1, e.violations().size(), e.getMessage());
        Violation v = e.violations().get(0);
        assertEquals(path, v.path(), e.getMessage());
        assertEquals(rule, v.rule(), e.getMessage());
    }

    // ---- text that is not valid Unicode, in each position

    @Test
    void unpairedSurrogate_inAnAttribute_isRefusedNamingIt(Dynamo dynamo) {
        ValidationException e = refusedUnsent(dynamo, "text", Note.of("text").withText(LONE));
        assertOnly(e, "text", "Unicode");
        assertEquals("Note has 1 invalid value: text: must be valid Unicode: it holds an unpaired UTF-16 surrogate, "
                + "which has no UTF-8 form (Unicode)", e.getMessage());
    }

    @Test
    void loneSurrogateCharacter_isRefused(Dynamo dynamo) {
        assertOnly(refusedUnsent(dynamo, "mark", Note.of("mark").withMark('\uDC00')), "mark", "Unicode");
    }

    @Test
    void unpairedSurrogate_inANestedField_isRefusedWithItsPath(Dynamo dynamo) {
        Note note = Note.of("nested").withAddress(new Address(LONE, "Oslo", null, null));
        assertOnly(refusedUnsent(dynamo, "nested", note), "address.street", "Unicode");
    }

    @Test
    void unpairedSurrogate_inAListElement_isRefusedWithItsIndex(Dynamo dynamo) {
        Note note = Note.of("list").withLines(Arrays.asList("fine", null, LONE));
        assertOnly(refusedUnsent(dynamo, "list", note), "lines[2]", "Unicode");
    }

    @Test
    void unpairedSurrogate_inAMapKey_isRefusedNamingTheMapNotTheKey(Dynamo dynamo) {
        Note note = Note.of("mapkey").withLabels(Map.of(LONE, "value"));
        ValidationException e = refusedUnsent(dynamo, "mapkey", note);
        assertOnly(e, "labels", "Unicode");
        assertTrue(e.violations().get(0).message().startsWith("has a key that is not valid Unicode"), e.getMessage());
    }

    @Test
    void unpairedSurrogate_inAMapValue_isRefusedWithItsKey(Dynamo dynamo) {
        Note note = Note.of("mapvalue").withLabels(Map.of("colour", LONE));
        assertOnly(refusedUnsent(dynamo, "mapvalue", note), "labels.colour", "Unicode");
    }

    @Test
    void unpairedSurrogate_inASetElement_isRefused(Dynamo dynamo) {
        Note note = Note.of("set").withTags(new LinkedHashSet<>(List.of("ok", LONE)));
        assertOnly(refusedUnsent(dynamo, "set", note), "tags[1]", "Unicode");
    }

    @Test
    void unpairedSurrogate_inTheKey_isRefusedByEveryOperation(Dynamo dynamo) {
        CountingClient counting = new CountingClient(dynamo.client());
        NoteModel notes = counted(dynamo, counting, NoteModel::of);
        ValidationException create = assertThrows(ValidationException.class, () -> notes.create(Note.of(LONE)));
        assertOnly(create, "id", "Unicode");
        assertThrows(ValidationException.class, () -> notes.get(LONE));
        assertThrows(ValidationException.class, () -> notes.delete(Note.of(LONE)));
        assertThrows(ValidationException.class, () -> notes.update(Note.of(LONE), u -> u.set(NoteSchema.TEXT, "x").upsert()));
        InvalidItemsException batch = assertThrows(InvalidItemsException.class,
                () -> dynamo.batchWrite().put(notes, Note.of(LONE)).execute());
        assertTrue(batch.problems().get(0).cause() instanceof ValidationException, batch.getMessage());
        assertEquals(0, counting.requests(), "nothing sent");
        assertEquals(0, NoteModel.of(dynamo).scan().list().stream().filter(n -> n.id().contains("SECRET")).count());
    }

    @Test
    void unpairedSurrogate_inAnUpdatedValue_isRefused(Dynamo dynamo) {
        NoteModel.of(dynamo).create(Note.of("update").withText("before"));
        CountingClient counting = new CountingClient(dynamo.client());
        NoteModel notes = counted(dynamo, counting, NoteModel::of);
        ValidationException set = assertThrows(ValidationException.class,
                () -> notes.update(Note.of("update"), u -> u.set(NoteSchema.ADDRESS.city(), LONE)));
        assertOnly(set, "address.city", "Unicode");
        ValidationException added = assertThrows(ValidationException.class,
                () -> notes.update(Note.of("update"), u -> u.add(NoteSchema.TAGS, Set.of(LONE))));
        assertOnly(added, "tags[0]", "Unicode");
        assertEquals(0, counting.requests(), "nothing sent");
        assertEquals("before", NoteModel.of(dynamo).get("update").orElseThrow().text());
    }

    @Test
    void pairedSurrogates_areStoredAndReadBack(Dynamo dynamo) {
        Note note = Note.of("emoji 🎬").withText("🎬").withLabels(Map.of("🎬", "🎬")).withTags(Set.of("🎬"))
                .withLines(List.of("a🎬b"));
        NoteModel.of(dynamo).create(note);
        assertEquals(note, NoteModel.of(dynamo).get("emoji 🎬").orElseThrow());
    }

    // ---- null set elements

    @Test
    void nullInANumberSet_isAValidationErrorNamingTheElement(Dynamo dynamo) {
        Set<BigDecimal> amounts = new LinkedHashSet<>(Arrays.asList(BigDecimal.ONE, null));
        ValidationException e = refusedUnsent(dynamo, "amounts", Note.of("amounts").withAmounts(amounts));
        assertOnly(e, "amounts[1]", "NotNull");
        assertEquals("Note has 1 invalid value: amounts[1]: must not be null: a DynamoDB set cannot hold null (NotNull)",
                e.getMessage());
    }

    @Test
    void nullInEverySetKind_isAValidationError(Dynamo dynamo) {
        Note note = Note.of("sets")
                .withTags(new LinkedHashSet<>(Arrays.asList(null, "a")))
                .withCounts(new LinkedHashSet<>(Arrays.asList(1L, null)))
                .withBlobs(new LinkedHashSet<>(Arrays.asList(SdkBytes.fromUtf8String("b"), null)))
                .withColours(new LinkedHashSet<>(Arrays.asList(null, dev.dynamodel.tests.entities.Colour.RED)));
        ValidationException e = refusedUnsent(dynamo, "sets", note);
        assertEquals(List.of("tags[0]", "counts[1]", "blobs[1]", "colours[0]"),
                e.violations().stream().map(Violation::path).sorted(BadInputTest::byField).toList());
        assertTrue(e.violations().stream().allMatch(v -> v.rule().equals("NotNull")), e.getMessage());
    }

    private static int byField(String a, String b) {
        List<String> order = List.of("tags", "counts", "blobs", "colours");
        return Integer.compare(order.indexOf(a.substring(0, a.indexOf('['))), order.indexOf(b.substring(0, b.indexOf('['))));
    }

    // ---- nesting

    @Test
    void aTreeAsDeepAsDynamoDbAllows_roundTrips(Dynamo dynamo) {
        // root is a map (level 2, counting the item), its children a list (3), ... level 32 is the
        // 16th tree's map; its children list would be the 33rd level.
        Forest forest = new Forest("deepest", Tree.chain(16), null, null);
        ForestModel.of(dynamo).create(forest);
        assertEquals(forest, ForestModel.of(dynamo).get("deepest").orElseThrow());
    }

    @Test
    void oneLevelDeeper_isRefusedByDynamoDbItself_andByTheLibraryBeforeSending(Dynamo dynamo) {
        Map<String, AttributeValue> tooDeep = new HashMap<>(ForestSchema.INSTANCE.toItem(
                new Forest("raw", Tree.chain(16), null, null)));
        // 17 trees: one list and one map more than the deepest item above.
        Map<String, AttributeValue> item = ForestSchema.INSTANCE.toItem(new Forest("raw", null, null, null));
        item = new HashMap<>(item);
        item.put("root", AttributeValue.fromM(Map.of("children", AttributeValue.fromL(List.of(tooDeep.get("root"))))));
        Map<String, AttributeValue> raw = item;
        DynamoDbException refused = assertThrows(DynamoDbException.class, () ->
                ForestModel.of(dynamo).dynamo().client().putItem(b -> b.tableName(ForestModel.of(dynamo).tableName())
                        .item(raw)));
        assertTrue(refused.getMessage().contains("Nesting Levels"), refused.getMessage());

        CountingClient counting = new CountingClient(dynamo.client());
        ForestModel forests = counted(dynamo, counting, ForestModel::of);
        ValidationException e = assertThrows(ValidationException.class,
                () -> forests.create(new Forest("seventeen", Tree.chain(17), null, null)));
        assertOnly(e, "root" + ".children[0]".repeat(15) + ".children", "Depth");
        assertEquals(0, counting.requests());
    }

    @Test
    void aTreeThousandsOfLevelsDeep_isRefusedWithThePathWhereItGoesTooDeep(Dynamo dynamo) {
        CountingClient counting = new CountingClient(dynamo.client());
        ForestModel forests = counted(dynamo, counting, ForestModel::of);
        ValidationException e = assertThrows(ValidationException.class,
                () -> forests.create(new Forest("deep", Tree.chain(5_000), null, null)));
        assertOnly(e, "root" + ".children[0]".repeat(15) + ".children", "Depth");
        assertEquals("Forest", e.entity());
        ValidationException checked = assertThrows(ValidationException.class,
                () -> forests.save(new Forest("deep", null, CheckedTree.chain(5_000), null)));
        assertOnly(checked, "checked" + ".children[0]".repeat(15) + ".children", "Depth");
        assertEquals("Forest", checked.entity());
        ValidationException defaulted = assertThrows(ValidationException.class,
                () -> forests.save(new Forest("deep", null, null, DefaultedTree.chain(5_000))));
        assertOnly(defaulted, "defaulted" + ".children[0]".repeat(15) + ".children", "Depth");
        assertThrows(InvalidItemsException.class, () -> dynamo.batchWrite()
                .put(forests, new Forest("deep", Tree.chain(5_000), null, null)).execute());
        assertEquals(0, counting.requests(), "nothing sent");
    }

    @Test
    void anUpdateSettingATreeTooDeep_isRefused(Dynamo dynamo) {
        ForestModel.of(dynamo).create(new Forest("update", Tree.chain(2), null, null));
        CountingClient counting = new CountingClient(dynamo.client());
        ForestModel forests = counted(dynamo, counting, ForestModel::of);
        Forest key = new Forest("update", null, null, null);
        ValidationException seventeen = assertThrows(ValidationException.class,
                () -> forests.update(key, u -> u.set(ForestSchema.ROOT, Tree.chain(17))));
        assertOnly(seventeen, "root" + ".children[0]".repeat(15) + ".children", "Depth");
        ValidationException thousands = assertThrows(ValidationException.class,
                () -> forests.update(key, u -> u.set(ForestSchema.ROOT, Tree.chain(5_000))));
        assertOnly(thousands, "root" + ".children[0]".repeat(15) + ".children", "Depth");
        assertEquals(0, counting.requests(), "nothing sent");
        assertEquals(Tree.chain(2), ForestModel.of(dynamo).get("update").orElseThrow().root());
    }

    @Test
    void aHostileItemThousandsOfLevelsDeep_failsToReadWithItemMappingException() {
        AttributeValue tree = AttributeValue.fromM(Map.of("label", AttributeValue.fromS("leaf")));
        for (int i = 0; i < 5_000; i++) {
            tree = AttributeValue.fromM(Map.of("children", AttributeValue.fromL(List.of(tree))));
        }
        Map<String, AttributeValue> item = Map.of("id", AttributeValue.fromS("hostile"), "root", tree);
        ItemMappingException e = assertThrows(ItemMappingException.class, () -> ForestSchema.INSTANCE.fromItem(item));
        assertTrue(e.path().startsWith("root.children.children"), e.path());
        assertTrue(e.getMessage().endsWith("is nested deeper than DynamoDB allows (32 levels of maps and lists, "
                + "counting the item)"), e.getMessage());
    }
}
