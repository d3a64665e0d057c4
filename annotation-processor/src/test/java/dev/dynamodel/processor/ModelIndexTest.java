package dev.dynamodel.processor;

import static dev.dynamodel.processor.TestCompiler.compile;
import static dev.dynamodel.processor.TestCompiler.compileBroken;
import static dev.dynamodel.processor.TestCompiler.compileWith;
import static dev.dynamodel.processor.TestCompiler.fixture;
import static dev.dynamodel.processor.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.dynamodel.Dynamo;
import dev.dynamodel.Model;
import dev.dynamodel.ModelFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The model index, META-INF/services/dev.dynamodel.ModelFactory: every model generated in
 * the compilation, and only those, each naming a factory that makes the model.
 */
class ModelIndexTest {
    private static final String INDEX = "META-INF/services/dev.dynamodel.ModelFactory";

    @Test
    void everyGeneratedModel_isListedOnceInNameOrder_andNoDocument() {
        Compilation compilation = compile(
                fixture("fixtures.Order", "golden/Order.java"),
                fixture("fixtures.Catalog", "golden/Catalog.java"),
                fixture("fixtures.Account", "golden/Account.java")).succeeded();

        assertEquals(Optional.of("fixtures.AccountModel$Factory\nfixtures.OrderModel$Factory\n"), compilation.resource(INDEX));
    }

    @Test
    void listedFactory_makesTheModelOverTheRuntime_andNamesItsType() throws Exception {
        ClassLoader loader = compile(fixture("fixtures.Account", "golden/Account.java")).succeeded().classLoader();
        Class<?> modelType = loader.loadClass("fixtures.AccountModel");
        // As ServiceLoader does: the factory's public no-argument constructor; everything after is a plain call.
        ModelFactory<?> factory = (ModelFactory<?>) loader.loadClass("fixtures.AccountModel$Factory")
                .getDeclaredConstructor().newInstance();
        Dynamo dynamo = Dynamo.builder(new OfflineClient()).tablePrefix("test_").build();

        Model<?> model = factory.create(dynamo);

        assertSame(modelType, factory.modelType());
        assertSame(modelType, model.getClass());
        assertSame(dynamo, model.dynamo());
        assertEquals("test_accounts", model.tableName());
    }

    @Test
    void entityWithAnError_isLeftOut_whileTheOthersAreListed() {
        JavaFileObject broken = source("test.Keyless", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "keyless")
                public record Keyless(String id) {
                }
                """);
        JavaFileObject valid = source("test.Valid", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "valid")
                public record Valid(@HashKey String id) {
                }
                """);

        Compilation compilation = compileBroken(broken, valid);
        compilation.hadErrorContaining("[DYN001]").inFile(broken);

        assertEquals(Optional.of("test.ValidModel$Factory\n"), compilation.resource(INDEX));
    }

    @Test
    void compilationWithoutEntities_writesNoIndex() {
        Compilation compilation = compile(fixture("fixtures.Catalog", "golden/Catalog.java")).succeeded();

        assertEquals(Optional.empty(), compilation.resource(INDEX));
    }

    @Test
    void entityProcessedInALaterRound_isListed() {
        JavaFileObject entity = source("test.Holder", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "holders")
                public record Holder(@HashKey String id, GeneratedDoc doc) {
                }
                """);

        Compilation compilation = compileWith(List.of(new LaterRoundTypesTest.GeneratingProcessor()), entity).succeeded();

        assertEquals(Optional.of("test.HolderModel$Factory\n"), compilation.resource(INDEX));
    }

    @Test
    void indexAlreadyWrittenByAnotherProcessor_isReportedAsDyn190_notACrash() {
        JavaFileObject valid = source("test.Valid", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "valid")
                public record Valid(@HashKey String id) {
                }
                """);

        compileWith(List.of(new IndexClaimingProcessor()), valid).failed()
                .hadNoDiagnosticContaining("[DYN999]")
                .hadErrorContaining("[DYN190] could not write the model index " + INDEX);
    }

    /** Creates the index file itself in the first round, so that ours can no longer create it. */
    static final class IndexClaimingProcessor extends AbstractProcessor {
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
            if (!done) {
                done = true;
                try (Writer out = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", INDEX).openWriter()) {
                    out.write("");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    /** A client that is never called: making a model sends nothing. */
    private static final class OfflineClient implements DynamoDbClient {
        @Override
        public String serviceName() {
            return SERVICE_NAME;
        }

        @Override
        public void close() {
        }
    }
}
