package dev.dynamodel.processor;

import static dev.dynamodel.processor.TestCompiler.compile;
import static dev.dynamodel.processor.TestCompiler.compileBroken;
import static dev.dynamodel.processor.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Table} options and index capacities: what is compiled into the schema, and what is refused where. */
class TableOptionRulesTest {

    private static JavaFileObject entity(String table, String indexed) {
        return source("test.Stock", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "stock")
                """ + table + """
                public record Stock(
                        @HashKey String sku,
                """ + indexed + """
                ) {
                }
                """);
    }

    @Test
    void everyOption_isCompiledIntoTableOptions() {
        Compilation result = compile(entity("""
                @Table(readCapacity = 10, writeCapacity = 5,
                       tableClass = Table.TableClass.STANDARD_INFREQUENT_ACCESS,
                       stream = Table.Stream.NEW_AND_OLD_IMAGES,
                       pointInTimeRecovery = true, deletionProtection = true,
                       encryption = Table.Encryption.CUSTOMER_MANAGED, kmsKey = "alias/stock",
                       tags = {@Table.Tag(key = "team", value = "warehouse"), @Table.Tag(key = "env", value = "prod")})
                """, """
                        @GlobalIndex(name = "byShelf", readCapacity = 3, writeCapacity = 2) String shelf,
                        @GlobalIndex(name = "byBin") String bin
                """)).succeeded();
        String schema = result.generatedSource("test.StockSchema");
        assertTrue(flat(schema).contains(flat("""
                    public TableOptions tableOptions() {
                        return TableOptions.defaults()
                            .provisioned(10L, 5L)
                            .indexThroughput("byShelf", 3L, 2L)
                            .tableClass(TableClass.STANDARD_INFREQUENT_ACCESS)
                            .stream(StreamViewType.NEW_AND_OLD_IMAGES)
                            .pointInTimeRecovery(true)
                            .deletionProtection(true)
                            .customerManagedKey("alias/stock")
                            .tag("team", "warehouse")
                            .tag("env", "prod");
                    }
                """)), schema);
    }

    private static String flat(String code) {
        return code.replaceAll("\\s+", " ").trim();
    }

    @Test
    void noTableAnnotation_generatesNoTableOptions() {
        String schema = compile(entity("", "String shelf")).succeeded().generatedSource("test.StockSchema");
        assertFalse(schema.contains("tableOptions"), schema);
    }

    @Test
    void awsManagedKey_isCompiled() {
        String schema = compile(entity("@Table(encryption = Table.Encryption.AWS_MANAGED)\n", "String shelf"))
                .succeeded().generatedSource("test.StockSchema");
        assertTrue(schema.contains(".encryption(TableOptions.Encryption.AWS_MANAGED)"), schema);
    }

    @Test
    void oneCapacityWithoutTheOther_reportsDyn034OnIt() {
        JavaFileObject file = entity("""
                @Table(
                       readCapacity = 10)
                """, "String shelf");
        compileBroken(file).hadErrorCount(1)
                .hadErrorContaining("[DYN034] @Table readCapacity and writeCapacity go together")
                .inFile(file).onLineContaining("readCapacity = 10");
    }

    @Test
    void indexCapacityWithoutItsPair_reportsDyn035() {
        JavaFileObject file = entity("@Table(readCapacity = 1, writeCapacity = 1)\n", """
                        @GlobalIndex(name = "byShelf", writeCapacity = 2) String shelf
                """);
        compileBroken(file).hadErrorCount(1)
                .hadErrorContaining("[DYN035] index \"byShelf\": readCapacity and writeCapacity go together")
                .inFile(file).onLineContaining("writeCapacity = 2");
    }

    @Test
    void indexCapacityOnAnOnDemandTable_reportsDyn036() {
        JavaFileObject file = entity("", """
                        @GlobalIndex(name = "byShelf", readCapacity = 2, writeCapacity = 2) String shelf
                """);
        compileBroken(file).hadErrorCount(1)
                .hadErrorContaining("[DYN036] index \"byShelf\" gives its own capacity, but table Stock is on-demand")
                .inFile(file).onLineContaining("readCapacity = 2");
    }

    @Test
    void kmsKeyWithoutCustomerManagedEncryption_reportsDyn037OnTheKey() {
        JavaFileObject file = entity("""
                @Table(encryption = Table.Encryption.AWS_MANAGED,
                       kmsKey = "alias/x")
                """, "String shelf");
        compileBroken(file).hadErrorCount(1)
                .hadErrorContaining("[DYN037] @Table kmsKey names a customer managed key")
                .inFile(file).onLineContaining("kmsKey = \"alias/x\"");
    }

    @Test
    void customerManagedEncryptionWithoutKey_reportsDyn037OnTheEncryption() {
        JavaFileObject file = entity("""
                @Table(
                       encryption = Table.Encryption.CUSTOMER_MANAGED)
                """, "String shelf");
        compileBroken(file).hadErrorCount(1)
                .hadErrorContaining("[DYN037]")
                .inFile(file).onLineContaining("CUSTOMER_MANAGED");
    }

    @Test
    void reservedTagKey_reportsDyn038OnTheTag() {
        JavaFileObject file = entity("""
                @Table(tags = {@Table.Tag(key = "team", value = "a"),
                               @Table.Tag(key = "aws:cost", value = "b")})
                """, "String shelf");
        compileBroken(file).hadErrorCount(1)
                .hadErrorContaining("[DYN038] @Table tag key \"aws:cost\" is invalid")
                .inFile(file).onLineContaining("aws:cost");
    }

    @Test
    void tooLongTagValue_reportsDyn038WithoutTheValue() {
        String value = "v".repeat(257);
        JavaFileObject file = entity("@Table(tags = @Table.Tag(key = \"team\", value = \"" + value + "\"))\n",
                "String shelf");
        compileBroken(file).hadErrorCount(1).hadNoDiagnosticContaining(value)
                .hadErrorContaining("[DYN038] @Table tag \"team\": a tag value is at most 256 characters; it has 257");
    }

    @Test
    void duplicateTagKey_reportsDyn039OnTheSecond() {
        JavaFileObject file = entity("""
                @Table(tags = {@Table.Tag(key = "team", value = "a"),
                               @Table.Tag(key = "team", value = "b")})
                """, "String shelf");
        compileBroken(file).hadErrorCount(1)
                .hadErrorContaining("[DYN039] @Table tag key \"team\" is given twice")
                .inFile(file).onLineContaining("value = \"b\"");
    }

    @Test
    void tableOnADocument_reportsDyn040() {
        JavaFileObject file = source("test.Label", """
                package test;
                import dev.dynamodel.annotation.*;
                @Document
                @Table(deletionProtection = true)
                public record Label(String text) {
                }
                """);
        compileBroken(file).hadErrorCount(1)
                .hadErrorContaining("[DYN019] @Table is only meaningful on an @Entity; Label is a @Document")
                .inFile(file).onLineContaining("@Table(deletionProtection = true)");
    }
}
