package dev.dynamodel.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Java and XML snippet in {@code docs/*.md} and the top-level {@code README.md} must be a
 * tagged region of a file that the build compiles (XML: the consumer project CI builds). One test
 * per page.
 */
class DocumentationSnippetsTest {
    private static final Path ROOT = Path.of(System.getProperty("dynamodel.repoRoot", "..")).toAbsolutePath().normalize();

    @TestFactory
    Stream<DynamicTest> everySnippet_matchesItsTaggedSourceRegion() throws IOException {
        SnippetChecker checker = new SnippetChecker(ROOT);
        return pages().stream().map(page -> DynamicTest.dynamicTest(ROOT.relativize(page).toString(), () -> {
            List<String> problems = checker.check(page);
            if (!problems.isEmpty()) {
                fail(problems.size() + " problem(s) with snippets:\n" + String.join("\n", problems));
            }
        }));
    }

    /** Guards the test above against passing because it found nothing to check. */
    @Test
    void pages_includeTheReadmeAndGettingStarted_withJavaSnippets() throws IOException {
        List<Path> pages = pages();
        assertTrue(pages.contains(ROOT.resolve("README.md")), () -> "pages found: " + pages);
        assertTrue(pages.contains(ROOT.resolve("docs/getting-started.md")), () -> "pages found: " + pages);
        for (Path page : List.of(ROOT.resolve("README.md"), ROOT.resolve("docs/getting-started.md"))) {
            List<CodeBlock> blocks = CodeBlock.findAll(Files.readAllLines(page, StandardCharsets.UTF_8));
            assertTrue(blocks.stream().anyMatch(b -> b.language().equals("java")), () -> page + " has no java snippet to check");
        }
        List<CodeBlock> setUp = CodeBlock.findAll(Files.readAllLines(ROOT.resolve("docs/installation.md"), StandardCharsets.UTF_8));
        assertTrue(setUp.stream().anyMatch(b -> b.language().equals("xml") && b.marker() != null
                && b.marker().startsWith("consumer-check/pom.xml#")), "docs/installation.md has no xml snippet of consumer-check/pom.xml");
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }
}
