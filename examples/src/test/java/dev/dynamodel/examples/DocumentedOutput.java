package dev.dynamodel.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The output a documentation page says an example prints: the {@code text} block that follows the
 * page's line "It prints:". The docs module checks Java and XML snippets only, so the example's own
 * test compares this block with what main printed; otherwise the page drifts when the example changes.
 */
final class DocumentedOutput {
    private static final Path DOCS = Path.of("..", "docs");   // Surefire runs in the module directory

    private DocumentedOutput() {
    }

    /** The lines of the block, without its fences; fails if the page has no such block. */
    static List<String> of(String page) {
        List<String> lines;
        try {
            lines = Files.readAllLines(DOCS.resolve(page), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int intro = lines.indexOf("It prints:");
        int open = intro < 0 ? -1 : lines.subList(intro, lines.size()).indexOf("```text") + intro;
        int close = open < intro ? -1 : lines.subList(open + 1, lines.size()).indexOf("```") + open + 1;
        if (intro < 0 || open < intro || close <= open) {
            throw new AssertionError(page + " has no ```text block after a line \"It prints:\"");
        }
        return List.copyOf(lines.subList(open + 1, close));
    }
}
