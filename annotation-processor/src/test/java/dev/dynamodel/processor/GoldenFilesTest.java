package dev.dynamodel.processor;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Compares the generated source of five fixtures (src/test/resources/fixtures/golden/) with the
 * golden files in src/test/resources/golden/, one file per generated class.
 *
 * <p>To regenerate the golden files after an intended change to the generated code, run
 * {@code mvn -pl annotation-processor -am verify -Dgolden.update=true}, then review
 * {@code git diff annotation-processor/src/test/resources/golden} and commit it. The pom passes
 * {@code golden.update} and {@code golden.dir} (the source directory, not target/) to this test.
 */
class GoldenFilesTest {
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @Test
    void recordEntityWithKeysAndNestedDocument_matchesGoldenFiles() {
        assertGenerated("fixtures.Order", "Order.java", "OrderSchema", "OrderModel", "OrderBuilder",
                "Order_LineSchema", "Order_LineBuilder");
    }

    @Test
    void mutableClassEntityWithAccessorsAndAttributeNames_matchesGoldenFiles() {
        assertGenerated("fixtures.Account", "Account.java", "AccountSchema", "AccountModel", "AccountBuilder");
    }

    @Test
    void documentWithNestedContainersAndSets_matchesGoldenFiles() {
        assertGenerated("fixtures.Catalog", "Catalog.java", "CatalogSchema", "CatalogBuilder", "Catalog_PriceSchema",
                "Catalog_PriceBuilder");
    }

    @Test
    void entityWithRulesConverterTimestampsTtlAndVersion_matchesGoldenFiles() {
        assertGenerated("fixtures.Invoice", "Invoice.java", "InvoiceSchema", "InvoiceModel", "InvoiceBuilder");
    }

    @Test
    void familyWithTemplatedMembersAndAnOverloadedIndex_matchesGoldenFiles() {
        assertGenerated("fixtures.Shop", "Shop.java", "ShopSchema", "ShopModel", "Shop_CustomerSchema",
                "Shop_CustomerModel", "Shop_CustomerBuilder", "Shop_OrderSchema", "Shop_OrderModel", "Shop_OrderBuilder");
    }

    private static void assertGenerated(String fixtureClass, String fixtureFile, String... expectedClasses) {
        Compilation compilation = TestCompiler.compile(TestCompiler.fixture(fixtureClass, "golden/" + fixtureFile)).succeeded();
        // Every generated class has a golden file, and nothing else is generated.
        Map<String, String> generated = new TreeMap<>();
        for (String simpleName : expectedClasses) {
            generated.put(simpleName, compilation.generatedSource("fixtures." + simpleName));
        }
        assertEquals(expectedClasses.length, compilation.generatedCount(), "generated classes");
        List<Executable> checks = new ArrayList<>();
        generated.forEach((name, source) -> checks.add(() -> compare(name + ".java", source)));
        assertAll(checks);
    }

    private static void compare(String goldenName, String actual) throws IOException {
        String normalised = actual.replace("\r\n", "\n");
        if (UPDATE) {
            Path file = goldenDir().resolve(goldenName);
            Files.createDirectories(file.getParent());
            Files.writeString(file, normalised, StandardCharsets.UTF_8);
            return;
        }
        String expected = readGolden(goldenName);
        if (expected == null) {
            fail("no golden file " + goldenName + "; create it with -Dgolden.update=true");
        }
        expected = expected.replace("\r\n", "\n");
        if (!expected.equals(normalised)) {
            assertEquals(expected, normalised, goldenName + " differs from its golden file " + firstDifference(expected, normalised)
                    + "; if the change is intended, rerun with -Dgolden.update=true and review the diff");
        }
    }

    /** Reads from the source tree when the build says where it is, so an update is seen at once. */
    private static String readGolden(String name) {
        String dir = System.getProperty("golden.dir");
        try {
            if (dir != null) {
                Path file = Path.of(dir, name);
                return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
            }
            try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/golden/" + name)) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path goldenDir() {
        String dir = System.getProperty("golden.dir");
        if (dir == null) {
            fail("golden.update=true needs golden.dir (set by the pom) to know where the source tree is");
        }
        return Path.of(dir);
    }

    private static String firstDifference(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String left = i < a.size() ? a.get(i) : "<end of file>";
            String right = i < b.size() ? b.get(i) : "<end of file>";
            if (!Objects.equals(left, right)) {
                return "at line " + (i + 1) + ":\n  golden:    " + left + "\n  generated: " + right + "\n";
            }
        }
        return "(only in the final line break)";
    }
}
