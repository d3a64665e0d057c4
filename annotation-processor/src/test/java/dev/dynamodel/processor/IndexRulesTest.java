package dev.dynamodel.processor;

import static dev.dynamodel.processor.TestCompiler.compile;
import static dev.dynamodel.processor.TestCompiler.compileBroken;
import static dev.dynamodel.processor.TestCompiler.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Secondary index declarations: names, attributes, kinds and projections. */
class IndexRulesTest {

    private static JavaFileObject entity(String fields) {
        return source("test.Indexed", """
                package test;
                import dev.dynamodel.annotation.*;
                import java.util.List;
                @Entity(table = "indexed")
                public record Indexed(
                """ + fields + """
                ) {
                }
                """);
    }

    @Test
    void validIndexes_generateTypedConstants() {
        Compilation result = compile(entity("""
                        @HashKey String id,
                        @RangeKey String sk,
                        @GlobalIndex(name = "byEmail", sortKey = "age") String email,
                        @LocalIndex(name = "byAge", projection = IndexProjection.INCLUDE, include = {"email"}) Integer age
                """)).succeeded();
        String schema = result.generatedSource("test.IndexedSchema");
        org.junit.jupiter.api.Assertions.assertTrue(schema.contains(
                "public static final IndexDefinition BY_EMAIL = new IndexDefinition(\"byEmail\",\n"
                        + "            IndexDefinition.Kind.GLOBAL, new KeyAttribute(\"email\", ScalarAttributeType.S),"),
                schema);
        org.junit.jupiter.api.Assertions.assertTrue(schema.contains("List.of(BY_EMAIL, BY_AGE)"), schema);
    }

    @Test
    void invalidIndexName_reportsDyn020OnTheAnnotation() {
        JavaFileObject file = entity("""
                        @HashKey String id,
                        @GlobalIndex(name = "by email") String email
                """);
        compileBroken(file).hadErrorCount(1)
                .hadErrorContaining("[DYN020] index name \"by email\" is invalid")
                .inFile(file).onLineContaining("@GlobalIndex(name = \"by email\")");
    }

    @Test
    void duplicateIndexName_reportsDyn021OnTheSecond() {
        JavaFileObject file = entity("""
                        @HashKey String id,
                        @GlobalIndex(name = "byThing") String email,
                        @GlobalIndex(name = "byThing") String phone
                """);
        compileBroken(file).hadErrorCount(1)
                .hadErrorContaining("[DYN021] index name \"byThing\" is declared twice in Indexed")
                .inFile(file).onLineContaining("String phone");
    }

    @Test
    void unknownSortKey_reportsDyn022() {
        JavaFileObject file = entity("""
                        @HashKey String id,
                        @GlobalIndex(name = "byEmail", sortKey = "nope") String email
                """);
        compileBroken(file).hadErrorCount(1)
                .hadErrorContaining("[DYN022] sortKey \"nope\" of index \"byEmail\" names no stored field of Indexed")
                .inFile(file).onLineContaining("sortKey = \"nope\"");
    }

    @Test
    void unknownIncludedField_reportsDyn022() {
        JavaFileObject file = entity("""
                        @HashKey String id,
                        @GlobalIndex(name = "byEmail", projection = IndexProjection.INCLUDE, include = {"ghost"}) String email
                """);
        compileBroken(file).hadErrorCount(1)
                .hadErrorContaining("[DYN022] include \"ghost\" of index \"byEmail\" names no stored field of Indexed");
    }

    @Test
    void localIndexWithoutTableSortKey_reportsDyn023() {
        JavaFileObject file = entity("""
                        @HashKey String id,
                        @LocalIndex(name = "byAge") Integer age
                """);
        compileBroken(file).hadErrorCount(1)
                .hadErrorContaining("[DYN023] local index \"byAge\" needs a table with a @RangeKey")
                .inFile(file).onLineContaining("@LocalIndex(name = \"byAge\")");
    }

    @Test
    void nonScalarIndexKey_reportsDyn024() {
        JavaFileObject file = entity("""
                        @HashKey String id,
                        @GlobalIndex(name = "byTags") List<String> tags
                """);
        compileBroken(file).hadErrorCount(1)
                .hadErrorContaining("[DYN024] index \"byTags\" key tags must be a string, number or binary type")
                .inFile(file).onLineContaining("List<String> tags");
    }

    @Test
    void includeWithoutIncludeProjection_reportsDyn025() {
        JavaFileObject file = entity("""
                        @HashKey String id,
                        @GlobalIndex(name = "byEmail", include = {"id"}) String email
                """);
        compileBroken(file).hadErrorCount(1).hadErrorContaining("[DYN025] index \"byEmail\"");
    }

    @Test
    void indexOnDocument_reportsDyn026() {
        JavaFileObject file = source("test.Doc", """
                package test;
                import dev.dynamodel.annotation.*;
                @Document
                public record Doc(
                        @GlobalIndex(name = "byName") String name) {
                }
                """);
        compileBroken(file).hadErrorCount(1)
                .hadErrorContaining("[DYN026] indexes are declared on @Entity fields; Doc is a @Document")
                .inFile(file).onLineContaining("String name");
    }

    @Test
    void sortKeyGivenAsStoredName_reportsDyn022WithTheJavaName() {
        JavaFileObject file = entity("""
                        @HashKey String id,
                        @Attribute("zip_code") String zipCode,
                        @GlobalIndex(name = "byCity", sortKey = "zip_code") String city
                """);
        compileBroken(file).hadErrorCount(1)
                .hadErrorContaining("[DYN022] sortKey \"zip_code\" of index \"byCity\" is a stored attribute name; "
                        + "sortKey names fields by their Java name: use \"zipCode\"")
                .inFile(file).onLineContaining("sortKey = \"zip_code\"");
    }

    @Test
    void includeGivenAsStoredName_reportsDyn022WithTheJavaName() {
        JavaFileObject file = entity("""
                        @HashKey String id,
                        @Attribute("zip_code") String zipCode,
                        @GlobalIndex(name = "byCity", projection = IndexProjection.INCLUDE,
                                include = {"zip_code"}) String city
                """);
        compileBroken(file).hadErrorCount(1)
                .hadErrorContaining("[DYN022] include \"zip_code\" of index \"byCity\" is a stored attribute name; "
                        + "include names fields by their Java name: use \"zipCode\"")
                .inFile(file).onLineContaining("include = {\"zip_code\"}");
    }

    @Test
    void globalIndexSortedByItsOwnPartitionKey_reportsDyn031OnTheSortKey() {
        JavaFileObject file = entity("""
                        @HashKey String id,
                        @GlobalIndex(name = "byEmail", sortKey = "email") String email
                """);
        compileBroken(file).hadErrorCount(1)
                .hadErrorContaining("[DYN031] index \"byEmail\": sortKey names email, the index's own partition key; "
                        + "an index's sort key must be another field")
                .inFile(file).onLineContaining("sortKey = \"email\"");
    }

    @Test
    void localIndexOnTheHashKey_reportsDyn032OnTheAnnotation() {
        JavaFileObject file = entity("""
                        @HashKey @LocalIndex(name = "byId") String id,
                        @RangeKey String sk
                """);
        compileBroken(file).hadErrorCount(1)
                .hadErrorContaining("[DYN032] local index \"byId\" on id, the table's partition key: a local index "
                        + "keeps the table's partition key and sorts by another field; put @LocalIndex on that field")
                .inFile(file).onLineContaining("@LocalIndex(name = \"byId\")");
    }

    @Test
    void multiAttributeKeys_generateKeyLists() {
        Compilation result = compile(entity("""
                        @HashKey String id,
                        @GlobalIndex(name = "byMatch", partitionKey = {"tournament", "region"},
                                sortKey = {"round", "score"}) String tournament,
                        String region,
                        int round,
                        Long score
                """)).succeeded();
        String schema = result.generatedSource("test.IndexedSchema");
        org.junit.jupiter.api.Assertions.assertTrue(schema.replaceAll("\\s+", " ").contains(
                "new IndexDefinition(\"byMatch\", IndexDefinition.Kind.GLOBAL, "
                        + "List.of(new KeyAttribute(\"tournament\", ScalarAttributeType.S), "
                        + "new KeyAttribute(\"region\", ScalarAttributeType.S)), "
                        + "List.of(new KeyAttribute(\"round\", ScalarAttributeType.N), "
                        + "new KeyAttribute(\"score\", ScalarAttributeType.N)), ProjectionType.ALL, List.of())"),
                schema);
    }

    @Test
    void fivePartitionKeyFields_reportsDyn060OnPartitionKey() {
        JavaFileObject file = entity("""
                        @HashKey String id,
                        @GlobalIndex(name = "byFive",
                                partitionKey = {"a", "b", "c", "d", "e"}) String a,
                        String b, String c, String d, String e
                """);
        compileBroken(file).hadErrorCount(1)
                .hadErrorContaining("[DYN060] index \"byFive\": partitionKey names 5 fields; an index key has at most 4 "
                        + "attributes for its partition key and 4 for its sort key")
                .inFile(file).onLineContaining("partitionKey = {\"a\"");
    }

    @Test
    void fiveSortKeyFields_reportsDyn060OnSortKey() {
        JavaFileObject file = entity("""
                        @HashKey String id,
                        @GlobalIndex(name = "byFive",
                                sortKey = {"b", "c", "d", "e", "f"}) String a,
                        String b, String c, String d, String e, String f
                """);
        compileBroken(file).hadErrorCount(1)
                .hadErrorContaining("[DYN060] index \"byFive\": sortKey names 5 fields")
                .inFile(file).onLineContaining("sortKey = {\"b\"");
    }

    @Test
    void nonScalarFieldInMultiAttributeKey_reportsDyn024OnThatName() {
        JavaFileObject file = entity("""
                        @HashKey String id,
                        @GlobalIndex(name = "byTags", partitionKey = {"owner", "tags"}) String owner,
                        List<String> tags
                """);
        compileBroken(file).hadErrorCount(1)
                .hadErrorContaining("[DYN024] index \"byTags\" key tags must be a string, number or binary type; "
                        + "it is java.util.List<java.lang.String>")
                .inFile(file).onLineContaining("partitionKey = {\"owner\", \"tags\"}");
    }

    @Test
    void fieldTwiceInMultiAttributeKey_reportsDyn061() {
        JavaFileObject file = entity("""
                        @HashKey String id,
                        @GlobalIndex(name = "byTwice", partitionKey = {"owner", "region"},
                                sortKey = {"day", "region"}) String owner,
                        String region,
                        String day
                """);
        compileBroken(file).hadErrorCount(1)
                .hadErrorContaining("[DYN061] index \"byTwice\": region is named twice in the index's key; each "
                        + "attribute is in the partition key or the sort key, once")
                .inFile(file).onLineContaining("sortKey = {\"day\", \"region\"}");
    }

    @Test
    void fieldTwiceInOnePartitionKey_reportsDyn061() {
        JavaFileObject file = entity("""
                        @HashKey String id,
                        @GlobalIndex(name = "byTwice", partitionKey = {"owner", "owner"}) String owner
                """);
        compileBroken(file).hadErrorCount(1)
                .hadErrorContaining("[DYN061] index \"byTwice\": owner is named twice in the index's key")
                .inFile(file).onLineContaining("partitionKey = {\"owner\", \"owner\"}");
    }

    @Test
    void partitionKeyNotStartingWithTheAnnotatedField_reportsDyn062() {
        JavaFileObject file = entity("""
                        @HashKey String id,
                        @GlobalIndex(name = "byRegion", partitionKey = {"region", "owner"}) String owner,
                        String region
                """);
        compileBroken(file).hadErrorCount(1)
                .hadErrorContaining("[DYN062] index \"byRegion\": partitionKey lists the partition key's fields in "
                        + "order, starting with owner, the field @GlobalIndex is on; found [region, owner]")
                .inFile(file).onLineContaining("partitionKey = {\"region\", \"owner\"}");
    }

    @Test
    void unknownFieldInPartitionKey_reportsDyn022OnPartitionKey() {
        JavaFileObject file = entity("""
                        @HashKey String id,
                        @GlobalIndex(name = "byRegion", partitionKey = {"owner", "regoin"}) String owner,
                        String region
                """);
        compileBroken(file).hadErrorCount(1)
                .hadErrorContaining("[DYN022] partitionKey \"regoin\" of index \"byRegion\" names no stored field "
                        + "of Indexed")
                .inFile(file).onLineContaining("partitionKey = {\"owner\", \"regoin\"}");
    }

    @Test
    void emptySortKey_stillMeansNone() {
        Compilation result = compile(entity("""
                        @HashKey String id,
                        @GlobalIndex(name = "byEmail", sortKey = "") String email
                """)).succeeded();
        org.junit.jupiter.api.Assertions.assertTrue(result.generatedSource("test.IndexedSchema").replaceAll("\\s+", " ")
                .contains("new KeyAttribute(\"email\", ScalarAttributeType.S), null, ProjectionType.ALL"));
    }
}
