package dev.dynamodel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the code in {@code docs/schema.md} true: every Java block there follows a marker
 * {@code <!-- snippet: path#tag -->} and must equal the region between {@code // tag::tag[]} and
 * {@code // end::tag[]} in that compiled file (indentation removed).
 */
class SchemaDocTest {
    private static final Pattern SNIPPET = Pattern.compile("<!-- snippet: (\\S+)#(\\S+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);
    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    @Test
    void everyJavaBlock_isTakenFromCompiledCode() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/schema.md"));
        Matcher matcher = SNIPPET.matcher(doc);
        int checked = 0;
        while (matcher.find()) {
            String expected = region(ROOT.resolve(matcher.group(1)), matcher.group(2));
            assertEquals(expected, matcher.group(3), "snippet " + matcher.group(1) + "#" + matcher.group(2));
            checked++;
        }
        long javaBlocks = doc.lines().filter(line -> line.startsWith("```java")).count();
        assertEquals(javaBlocks, checked, "every ```java block has a snippet marker");
        assertTrue(checked >= 10, "the page shows code");
    }

    private static String region(Path file, String tag) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int start = lines.indexOf(lines.stream().filter(l -> l.trim().equals("// tag::" + tag + "[]")).findFirst()
                .orElseGet(() -> fail("no tag " + tag + " in " + file)));
        List<String> region = new ArrayList<>();
        for (int i = start + 1; !lines.get(i).trim().equals("// end::" + tag + "[]"); i++) {
            region.add(lines.get(i));
        }
        int indent = region.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String line : region) {
            out.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return out.toString();
    }
}
