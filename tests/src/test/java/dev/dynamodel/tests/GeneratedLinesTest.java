package dev.dynamodel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Generated code is read by users: no line of it is longer than 120 characters. The one
 * exception is a line that is long because of one generic type (all but 60 of its characters,
 * such as {@code ListAttribute<Map<String, Catalog.Price>, MapAttribute<...>>} in a declaration),
 * which the code writer cannot break. Checked on everything this module's build generated and on the processor's
 * golden files.
 */
class GeneratedLinesTest {
    private static final int LIMIT = 120;
    private static final int BESIDE_A_LONG_TYPE = 60;

    @Test
    void generatedSourcesOfTheTests_haveNoLineOver120Characters() throws IOException {
        assertShortLines(Path.of("target/generated-test-sources/test-annotations"));
    }

    @Test
    void goldenFilesOfTheProcessor_haveNoLineOver120Characters() throws IOException {
        assertShortLines(Path.of("../annotation-processor/src/test/resources/golden"));
    }

    private static void assertShortLines(Path root) throws IOException {
        assertTrue(Files.isDirectory(root), root + " is not a directory");
        List<String> tooLong = new ArrayList<>();
        int files;
        try (Stream<Path> sources = Files.walk(root)) {
            List<Path> java = sources.filter(p -> p.toString().endsWith(".java")).toList();
            files = java.size();
            for (Path file : java) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.length() > LIMIT && line.length() - longestGenericType(line) > BESIDE_A_LONG_TYPE) {
                        tooLong.add(root.relativize(file) + ":" + (i + 1) + " (" + line.length() + ")");
                    }
                }
            }
        }
        assertTrue(files > 3, "generated files found in " + root + ": " + files);
        assertEquals(List.of(), tooLong, "generated lines over " + LIMIT + " characters");
    }

    /** The length of the longest {@code Name<...>} in a line, its type arguments balanced. */
    static int longestGenericType(String line) {
        int longest = 0;
        for (int open = line.indexOf('<'); open >= 0; open = line.indexOf('<', open + 1)) {
            int start = open;
            while (start > 0 && (Character.isJavaIdentifierPart(line.charAt(start - 1)) || line.charAt(start - 1) == '.')) {
                start--;
            }
            int depth = 0;
            for (int i = open; i < line.length(); i++) {
                char c = line.charAt(i);
                depth += c == '<' ? 1 : c == '>' ? -1 : 0;
                if (depth == 0) {
                    longest = Math.max(longest, i + 1 - start);
                    break;
                }
            }
        }
        return longest;
    }
}
