package dev.dynamodel.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker on small made-up repositories: what passes, and what each failure says. */
class SnippetCheckerTest {
    @TempDir
    Path root;

    @BeforeEach
    void source() throws IOException {
        write("src/Demo.java", """
                class Demo {
                    void run() {
                        // tag::outer[]
                        int a = 1;
                        // tag::inner[]
                        if (a > 0) {
                            a++;
                        }
                        // end::inner[]
                        // end::outer[]
                    }
                }
                """);
    }

    @Test
    void check_whenBlockEqualsRegionAfterDedent_reportsNothing() throws IOException {
        Path page = write("docs/ok.md", """
                Intro.

                <!-- snippet: src/Demo.java#inner -->
                ```java
                if (a > 0) {
                    a++;
                }
                ```

                ```shell
                not checked
                ```
                """);

        assertEquals(List.of(), new SnippetChecker(root).check(page));
    }

    @Test
    void check_xmlBlock_isComparedWithItsTaggedXmlRegion() throws IOException {
        write("build/pom.xml", """
                <project>
                  <!-- tag::deps[] -->
                  <dependencies>
                    <dependency>core</dependency>
                  </dependencies>
                  <!-- end::deps[] -->
                </project>
                """);
        Path same = write("docs/same.md", """
                <!-- snippet: build/pom.xml#deps -->
                ```xml
                <dependencies>
                  <dependency>core</dependency>
                </dependencies>
                ```
                """);
        Path other = write("docs/other.md", """
                <!-- snippet: build/pom.xml#deps -->
                ```xml
                <dependencies>
                  <dependency>local</dependency>
                </dependencies>
                ```
                """);

        assertEquals(List.of(), new SnippetChecker(root).check(same));
        List<String> problems = new SnippetChecker(root).check(other);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("docs/other.md:2: snippet build/pom.xml#deps: line 2 of the block differs"),
                problems.get(0));
    }

    @Test
    void check_xmlBlockWithoutMarker_isReported() throws IOException {
        Path page = write("docs/barexml.md", """
                ```xml
                <dependencies/>
                ```
                """);

        assertEquals(List.of("docs/barexml.md:1: xml block has no <!-- snippet: <path>#<tag> --> line above it"),
                new SnippetChecker(root).check(page));
    }

    @Test
    void check_whenRegionContainsNestedTags_leavesTheirMarkersOut() throws IOException {
        Path page = write("docs/nested.md", """
                <!-- snippet: src/Demo.java#outer -->
                ```java
                int a = 1;
                if (a > 0) {
                    a++;
                }
                ```
                """);

        assertEquals(List.of(), new SnippetChecker(root).check(page));
    }

    @Test
    void check_whenBlockHasNoMarker_namesPageAndLine() throws IOException {
        Path page = write("docs/bare.md", """
                Some text.
                ```java
                int a = 1;
                ```
                """);

        List<String> problems = new SnippetChecker(root).check(page);

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("docs/bare.md:2: java block has no <!-- snippet:"), problems.get(0));
    }

    @Test
    void check_whenFileIsMissing_namesTheMarker() throws IOException {
        Path page = write("docs/nofile.md", """
                <!-- snippet: src/Gone.java#inner -->
                ```java
                int a = 1;
                ```
                """);

        assertEquals(List.of("docs/nofile.md:2: snippet src/Gone.java#inner: no file src/Gone.java in the repository"),
                new SnippetChecker(root).check(page));
    }

    @Test
    void check_whenTagIsMissing_namesTheTag() throws IOException {
        Path page = write("docs/notag.md", """
                <!-- snippet: src/Demo.java#absent -->
                ```java
                int a = 1;
                ```
                """);

        assertEquals(List.of("docs/notag.md:2: snippet src/Demo.java#absent: tag 'absent' not found in src/Demo.java"),
                new SnippetChecker(root).check(page));
    }

    @Test
    void check_whenOneLineDiffers_showsBothVersionsOfThatLine() throws IOException {
        Path page = write("docs/stale.md", """
                <!-- snippet: src/Demo.java#inner -->
                ```java
                if (a > 0) {
                    a += 2;
                }
                ```
                """);

        List<String> problems = new SnippetChecker(root).check(page);

        assertEquals(List.of("docs/stale.md:2: snippet src/Demo.java#inner: line 2 of the block differs from the source;"
                + "\n  page:   " + "    a += 2;" + "\n  source: " + "    a++;"), problems);
    }

    @Test
    void check_whenBlockIsShorterThanRegion_saysSo() throws IOException {
        Path page = write("docs/short.md", """
                <!-- snippet: src/Demo.java#inner -->
                ```java
                if (a > 0) {
                    a++;
                ```
                """);

        List<String> problems = new SnippetChecker(root).check(page);

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("the block has 2 lines, the tagged region 3; first extra line: source: }"),
                problems.get(0));
    }

    @Test
    void check_whenTagIsNeverClosed_reportsTheMalformedSource() throws IOException {
        write("src/Open.java", """
                // tag::open[]
                int a = 1;
                """);
        Path page = write("docs/open.md", """
                <!-- snippet: src/Open.java#open -->
                ```java
                int a = 1;
                ```
                """);

        List<String> problems = new SnippetChecker(root).check(page);

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("line 1: tag 'open' is never closed"), problems.get(0));
    }

    @Test
    void check_whenMarkerPathLeavesTheRepository_refusesIt() throws IOException {
        Path page = write("docs/escape.md", """
                <!-- snippet: ../outside/Demo.java#inner -->
                ```java
                int a = 1;
                ```
                """);

        List<String> problems = new SnippetChecker(root).check(page);

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("no file ../outside/Demo.java in the repository"), problems.get(0));
    }

    private Path write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
