package dev.dynamodel.processor;

import static dev.dynamodel.processor.TestCompiler.compile;
import static dev.dynamodel.processor.TestCompiler.compileBroken;
import static dev.dynamodel.processor.TestCompiler.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Entities of one compilation that share a table must give it the same key. */
class SharedTableRulesTest {

    private static JavaFileObject entity(String name, String components) {
        return source("test." + name, """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "Shared")
                public record %s(%s) {
                }
                """.formatted(name, components));
    }

    @Test
    void sameKeySchema_isLegal_forSingleTableDesign() {
        compile(entity("Customer", "@HashKey String pk, @RangeKey String sk, String name"),
                entity("Order", "@HashKey String pk, @RangeKey String sk, long total"))
                .succeeded();
    }

    @Test
    void sameStoredKeyNames_underOtherJavaNames_isLegal() {
        compile(entity("Customer", "@HashKey String pk, @RangeKey String sk"),
                entity("Order", "@HashKey @Attribute(\"pk\") String customerId, @RangeKey @Attribute(\"sk\") String orderId"))
                .succeeded();
    }

    @Test
    void otherKeyName_reportsDyn033OnTheLaterEntity_namingTheFirst() {
        JavaFileObject first = entity("Customer", "@HashKey String pk, @RangeKey String sk");
        JavaFileObject second = entity("Order", "@HashKey String pk, @RangeKey String orderId");
        compileBroken(first, second)
                .hadErrorCount(1)
                .hadErrorContaining("[DYN033] table \"Shared\" is also declared by test.Customer with key (pk S, sk S), "
                        + "but Order declares key (pk S, orderId S): entities that share a table must declare the same "
                        + "key attribute names and types; align the keys or use another table")
                .inFile(second).onLineContaining("@Entity(table = \"Shared\")");
    }

    @Test
    void otherKeyType_reportsDyn033() {
        JavaFileObject first = entity("Customer", "@HashKey String pk");
        JavaFileObject second = entity("Order", "@HashKey long pk");
        compileBroken(first, second)
                .hadErrorCount(1)
                .hadErrorContaining("[DYN033] table \"Shared\" is also declared by test.Customer with key (pk S), "
                        + "but Order declares key (pk N)")
                .inFile(second).onLineContaining("@Entity(table = \"Shared\")");
    }

    @Test
    void missingSortKey_reportsDyn033() {
        JavaFileObject first = entity("Customer", "@HashKey String pk, @RangeKey String sk");
        JavaFileObject second = entity("Order", "@HashKey String pk, String sk");
        compileBroken(first, second)
                .hadErrorCount(1)
                .hadErrorContaining("but Order declares key (pk S)")
                .inFile(second).onLineContaining("@Entity(table = \"Shared\")");
    }
}
