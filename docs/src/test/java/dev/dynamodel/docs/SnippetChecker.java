package dev.dynamodel.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that a page's Java and XML snippets are copies of tagged regions of source files in the
 * repository, so that documentation cannot show code that no longer compiles. Each problem names
 * the page, the line of the block and the marker.
 *
 * <pre>{@code
 * List<String> problems = new SnippetChecker(repoRoot).check(repoRoot.resolve("docs/getting-started.md"));
 * }</pre>
 */
final class SnippetChecker {
    private final Path root;
    private final Map<Path, TaggedRegions> sources = new HashMap<>();

    SnippetChecker(Path repoRoot) {
        this.root = repoRoot.toAbsolutePath().normalize();
    }

    /** Every problem of every checked block in the page; empty when all of them match. */
    List<String> check(Path page) {
        List<String> problems = new ArrayList<>();
        for (CodeBlock block : CodeBlock.findAll(readLines(page))) {
            String problem = check(block);
            if (problem != null) {
                problems.add(root.relativize(page.toAbsolutePath().normalize()) + ":" + block.line() + ": " + problem);
            }
        }
        return problems;
    }

    /** The problem with one block, or null if it matches its source. */
    private String check(CodeBlock block) {
        if (!block.closed()) {
            return block.language() + " block is never closed";
        }
        String marker = block.marker();
        if (marker == null) {
            return block.language() + " block has no <!-- snippet: <path>#<tag> --> line above it";
        }
        int hash = marker.lastIndexOf('#');
        if (hash <= 0 || hash == marker.length() - 1) {
            return "snippet " + marker + ": the marker must be <path relative to the repository root>#<tag>";
        }
        Path source = root.resolve(marker.substring(0, hash)).normalize();
        String tag = marker.substring(hash + 1);
        if (!source.startsWith(root) || !Files.isRegularFile(source)) {
            return "snippet " + marker + ": no file " + marker.substring(0, hash) + " in the repository";
        }
        TaggedRegions regions = sources.computeIfAbsent(source, file -> TaggedRegions.parse(readLines(file)));
        if (!regions.problems().isEmpty()) {
            return "snippet " + marker + ": malformed tags in the source: " + String.join("; ", regions.problems());
        }
        List<String> region = regions.region(tag);
        if (region == null) {
            return "snippet " + marker + ": tag '" + tag + "' not found in " + marker.substring(0, hash);
        }
        return difference(marker, Indentation.strip(block.body()), Indentation.strip(region));
    }

    private static String difference(String marker, List<String> page, List<String> source) {
        int common = Math.min(page.size(), source.size());
        for (int i = 0; i < common; i++) {
            if (!page.get(i).equals(source.get(i))) {
                return "snippet " + marker + ": line " + (i + 1) + " of the block differs from the source;"
                        + "\n  page:   " + page.get(i) + "\n  source: " + source.get(i);
            }
        }
        if (page.size() != source.size()) {
            return "snippet " + marker + ": the block has " + page.size() + " lines, the tagged region "
                    + source.size() + "; first extra line: "
                    + (page.size() > source.size() ? "page: " + page.get(common) : "source: " + source.get(common));
        }
        return null;
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
