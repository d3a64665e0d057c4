package dev.dynamodel.processor;

import static dev.dynamodel.processor.TestCompiler.compile;
import static dev.dynamodel.processor.TestCompiler.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The typed attribute constants carry only the operators their type allows: a wrong-typed value
 * or an operator the type lacks is a compile error in the user's code, not a runtime surprise.
 */
class TypedConditionCompileTest {
    private static final JavaFileObject ENTITY = source("test.Song", """
            package test;
            import dev.dynamodel.annotation.*;
            import java.util.List;
            import java.util.Set;
            @Entity(table = "songs")
            public record Song(@HashKey String id, int plays, boolean live, Set<String> tags, List<Integer> scores) {
            }
            """);

    private static JavaFileObject use(String expression) {
        return source("test.Use", """
                package test;
                import dev.dynamodel.condition.Condition;
                class Use {
                    Condition c = %s;
                }
                """.formatted(expression));
    }

    @Test
    void rightlyTypedConditions_compile() {
        compile(ENTITY, use("SongSchema.PLAYS.between(1, 5).and(SongSchema.ID.beginsWith(\"a\"))"
                + ".and(SongSchema.TAGS.contains(\"x\")).and(SongSchema.SCORES.index(0).gt(3))"
                + ".and(SongSchema.LIVE.eq(true))")).succeeded();
    }

    @Test
    void numberComparedWithAString_doesNotCompile() {
        JavaFileObject use = use("SongSchema.PLAYS.eq(\"many\")");
        compile(ENTITY, use).failed().hadErrorContaining("incompatible types").inFile(use).onLineContaining("Condition c");
    }

    @Test
    void orderingOperatorOnABoolean_doesNotCompile() {
        JavaFileObject use = use("SongSchema.LIVE.gt(true)");
        compile(ENTITY, use).failed().hadErrorContaining("cannot find symbol").inFile(use).onLineContaining("Condition c");
    }

    @Test
    void setContainsWithAnElementOfAnotherType_doesNotCompile() {
        JavaFileObject use = use("SongSchema.TAGS.contains(42)");
        compile(ENTITY, use).failed().hadErrorContaining("incompatible types").inFile(use).onLineContaining("Condition c");
    }
}
