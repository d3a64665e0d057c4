package dev.dynamodel.tests.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocal;
import dev.dynamodel.processor.DynamodelProcessor;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's entity, compiled with the processor and run, once as a named module on the module path
 * ({@code requires dev.dynamodel.core}) and once on the class path, as two kinds of user build
 * would. No database: the generated schema's {@code toItem}/{@code fromItem} round trip is the
 * generated code's contact with core's exported {@code support} package.
 */
class ModulePathTest {
    private static final String MODULE_INFO = "module app {\n    requires dev.dynamodel.core;\n}\n";

    private static final String PET = """
            package app;

            import dev.dynamodel.annotation.Default;
            import dev.dynamodel.annotation.Document;
            import dev.dynamodel.annotation.Entity;
            import dev.dynamodel.annotation.HashKey;
            import dev.dynamodel.annotation.Version;
            import java.time.Instant;
            import java.util.Set;

            @Entity(table = "Pets")
            public record Pet(@HashKey String id, @Default("cat") String kind, Set<String> tags, Instant born,
                              Collar collar, @Version Long version) {
                @Document
                public record Collar(String colour, int size) {}
            }
            """;

    private static final String MAIN = """
            package app;

            import java.time.Instant;
            import java.util.Map;
            import java.util.Set;
            import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

            public final class Main {
                public static void main(String[] args) {
                    Pet pet = new Pet("p1", "dog", Set.of("good"), Instant.parse("2020-01-02T03:04:05Z"),
                            new Pet.Collar("red", 3), 7L);
                    Map<String, AttributeValue> item = PetSchema.INSTANCE.toItem(pet);
                    Pet back = PetSchema.INSTANCE.fromItem(item);
                    if (!back.equals(pet)) {
                        throw new AssertionError(back + " != " + pet);
                    }
                    Module core = PetSchema.INSTANCE.getClass().getInterfaces()[0].getModule();
                    System.out.println("round trip: " + new java.util.TreeSet<>(item.keySet()));
                    System.out.println("user module named: " + Main.class.getModule().isNamed());
                    System.out.println("core module: " + core.getName());
                    System.out.println("support exported: " + core.isExported("dev.dynamodel.support"));
                    System.out.println("internal exported: " + core.isExported("dev.dynamodel.internal"));
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void generatedCode_onTheModulePath_compilesAndRunsAsANamedModule() throws Exception {
        Path src = write("src", "module-info.java", MODULE_INFO, "app/Pet.java", PET, "app/Main.java", MAIN);
        Path out = dir.resolve("out");

        List<Diagnostic<? extends JavaFileObject>> errors = compile(src, out, "--module-path", modulePath());

        assertEquals(List.of(), errors);
        String output = run("--module-path", out + File.pathSeparator + modulePath(), "-m", "app/app.Main");
        assertTrue(output.contains("round trip: [born, collar, id, kind, tags, version]"), output);
        assertTrue(output.contains("user module named: true"), output);
        assertTrue(output.contains("core module: dev.dynamodel.core"), output);
        assertTrue(output.contains("support exported: true"), output);
        assertTrue(output.contains("internal exported: false"), output);
        // The module does not read java.compiler, home of @Generated: the processor leaves it out.
        assertFalse(Files.readString(dir.resolve("generated/app/PetSchema.java")).contains("@Generated"));
    }

    @Test
    void generatedCode_inAModuleThatReadsJavaCompiler_carriesGenerated() throws Exception {
        String moduleInfo = "module app {\n    requires dev.dynamodel.core;\n    requires static java.compiler;\n}\n";
        Path src = write("src", "module-info.java", moduleInfo, "app/Pet.java", PET, "app/Main.java", MAIN);

        List<Diagnostic<? extends JavaFileObject>> errors = compile(src, dir.resolve("out"), "--module-path", modulePath());

        assertEquals(List.of(), errors);
        assertTrue(Files.readString(dir.resolve("generated/app/PetSchema.java"))
                .contains("@Generated(\"dev.dynamodel.processor.DynamodelProcessor\")"));
    }

    @Test
    void exportingModule_withLintAsErrors_needsRequiresTransitive_asGettingStartedSays() throws Exception {
        // The generated classes' public methods use core's types (and, when java.compiler is read,
        // carry @Generated): -Xlint:all's "exports" lint warns unless the module passes them on.
        String[] werror = {"--module-path", modulePath(), "-Xlint:all,-processing", "-Werror"};
        String plain = "module app {\n    requires dev.dynamodel.core;\n    exports app;\n}\n";
        Path plainSrc = write("plain", "module-info.java", plain, "app/Pet.java", PET);
        assertFalse(compile(plainSrc, dir.resolve("plain-out"), werror).isEmpty(),
                "javac -Werror accepted an exported package whose generated API uses core without requires transitive");

        String transitive = "module app {\n    requires transitive dev.dynamodel.core;\n"
                + "    requires static transitive java.compiler;\n    exports app;\n}\n";
        // Pet alone: Main has no explicit constructor, which -Xlint:all warns about in an exported package.
        Path src = write("transitive", "module-info.java", transitive, "app/Pet.java", PET);
        assertEquals(List.of(), compile(src, dir.resolve("transitive-out"), werror));
        assertTrue(Files.readString(dir.resolve("generated/app/PetSchema.java")).contains("@Generated("));
    }

    @Test
    void generatedCode_onTheClassPath_compilesAndRuns() throws Exception {
        Path src = write("src", "app/Pet.java", PET, "app/Main.java", MAIN);
        Path out = dir.resolve("out");

        List<Diagnostic<? extends JavaFileObject>> errors = compile(src, out, "-classpath", modulePath());

        assertEquals(List.of(), errors);
        String output = run("-cp", out + File.pathSeparator + modulePath(), "app.Main");
        assertTrue(output.contains("round trip: [born, collar, id, kind, tags, version]"), output);
        assertTrue(output.contains("user module named: false"), output);
        // On the class path there are no modules: core's jar is read as plain classes.
        assertTrue(output.contains("core module: null"), output);
        assertTrue(Files.readString(dir.resolve("generated/app/PetSchema.java")).contains("@Generated("));
    }

    @Test
    void userModule_cannotReachTheInternalPackage() throws Exception {
        String peek = """
                package app;

                public final class Peek {
                    Object expiry = dev.dynamodel.internal.Expiry.class;
                }
                """;
        Path src = write("src", "module-info.java", MODULE_INFO, "app/Peek.java", peek);

        List<Diagnostic<? extends JavaFileObject>> errors = compile(src, dir.resolve("out"), "--module-path", modulePath());

        assertEquals(1, errors.size(), errors.toString());
        assertEquals("compiler.err.package.not.visible", errors.get(0).getCode());
        assertTrue(errors.get(0).getMessage(null).contains("dev.dynamodel.internal"), errors.toString());
    }

    @Test
    void userModule_seesTheApiAndSupportPackages_butNotInternal() {
        Module core = Dynamo.class.getModule();
        // The tests themselves run on the class path; the descriptor is read from core's jar.
        var descriptor = java.lang.module.ModuleFinder.of(location(Dynamo.class)).findAll().iterator().next()
                .descriptor();
        assertEquals("dev.dynamodel.core", descriptor.name());
        List<String> exported = descriptor.exports().stream().map(e -> e.source()).sorted().toList();
        assertTrue(exported.contains("dev.dynamodel.support"), exported.toString());
        assertTrue(exported.contains("dev.dynamodel.exception"), exported.toString());
        assertFalse(exported.contains("dev.dynamodel.internal"), exported.toString());
        assertFalse(core.isNamed(), "the tests run on the class path");
    }

    @Test
    void localJar_carriesAStableAutomaticModuleName() throws IOException {
        Path local = location(DynamoLocal.class);
        assumeTrue(local.toString().endsWith(".jar"), "run from the packaged jar (mvn verify), not from classes");
        try (JarFile jar = new JarFile(local.toFile())) {
            assertEquals("dev.dynamodel.local", jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
        }
    }

    private List<Diagnostic<? extends JavaFileObject>> compile(Path src, Path out, String... pathOptions) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Files.createDirectories(out);
        Path generated = Files.createDirectories(dir.resolve("generated"));
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
             Stream<Path> sources = Files.walk(src)) {
            List<String> options = new ArrayList<>(List.of(pathOptions));
            options.addAll(List.of("-d", out.toString(), "-s", generated.toString(), "-implicit:class"));
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources.filter(p -> p.toString().endsWith(".java")).toList()));
            task.setProcessors(List.of(new DynamodelProcessor()));
            task.call();
        }
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    }

    private static String run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the user program did not finish");
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    /**
     * What a user's build puts on its path: core, and the AWS SDK jars it depends on (automatic
     * modules on the module path), taken from this test's own class path.
     */
    private static String modulePath() {
        Path core = location(Dynamo.class);
        List<String> entries = new ArrayList<>();
        entries.add(core.toString());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String unix = entry.replace(File.separatorChar, '/');
            if (unix.contains("/software/amazon/awssdk/") || unix.contains("/org/reactivestreams/")
                    || unix.contains("/org/slf4j/slf4j-api/")) {
                entries.add(entry);
            }
        }
        return entries.stream().distinct().collect(Collectors.joining(File.pathSeparator));
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path write(String root, String... namesAndTexts) throws IOException {
        Path base = dir.resolve(root);
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            Path file = base.resolve(namesAndTexts[i]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, namesAndTexts[i + 1], StandardCharsets.UTF_8);
        }
        return base;
    }
}
