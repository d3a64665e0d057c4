package dev.dynamodel.processor;

import static dev.dynamodel.processor.TestCompiler.compileWith;
import static dev.dynamodel.processor.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * An entity may store a type that another annotation processor generates: ours waits for the
 * round in which that type exists instead of reporting it as unsupported.
 */
class LaterRoundTypesTest {

    /** Generates {@code test.Generated}, a @Document, in the first round only. */
    static final class GeneratingProcessor extends AbstractProcessor {
        private boolean done;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (done) {
                return false;
            }
            done = true;
            try {
                JavaFileObject file = processingEnv.getFiler().createSourceFile("test.GeneratedDoc");
                try (Writer out = file.openWriter()) {
                    out.write("package test;\n@dev.dynamodel.annotation.Document\n"
                            + "public record GeneratedDoc(String label) {}\n");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return false;
        }
    }

    @Test
    void entityStoringATypeGeneratedInALaterRound_compiles() {
        JavaFileObject entity = source("test.Holder", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "holders")
                public record Holder(@HashKey String id, GeneratedDoc doc, java.util.List<GeneratedDoc> docs) {
                }
                """);
        Compilation result = compileWith(List.of(new GeneratingProcessor()), entity).succeeded();
        assertTrue(result.generatedSource("test.HolderSchema").contains("GeneratedDocSchema.INSTANCE.toAttributeValue(value)"));
    }
}
