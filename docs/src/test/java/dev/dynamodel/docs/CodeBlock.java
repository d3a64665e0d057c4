package dev.dynamodel.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fenced {@code java} or {@code xml} code block of a Markdown page, with the snippet marker that
 * names its source, if the page gives one. These two languages are checked: Java code against
 * compiled sources, XML (Maven set-up) against {@code consumer-check/pom.xml}, which CI builds.
 *
 * <pre>{@code
 * <!-- snippet: examples/src/main/java/dev/dynamodel/examples/GettingStarted.java#create -->
 * ```java
 * books.create(book);
 * ```
 * }</pre>
 *
 * @param language {@code java} or {@code xml}, as the fence names it (lower case)
 * @param line    the 1-based line of the opening fence
 * @param marker  the text after {@code snippet:} in the nearest non-blank line above the fence,
 *                or null if that line is not a snippet marker
 * @param body    the lines between the fences
 * @param closed  whether a closing fence was found
 */
record CodeBlock(String language, int line, String marker, List<String> body, boolean closed) {
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*([^\\s`]*).*$");
    private static final Set<String> CHECKED = Set.of("java", "xml");
    private static final Pattern MARKER = Pattern.compile("^\\s*<!--\\s*snippet:\\s*(\\S+)\\s*-->\\s*$");

    /** Every {@code java} and {@code xml} block of a page; blocks in other languages are skipped whole. */
    static List<CodeBlock> findAll(List<String> page) {
        List<CodeBlock> blocks = new ArrayList<>();
        int i = 0;
        while (i < page.size()) {
            Matcher open = FENCE.matcher(page.get(i));
            if (!open.matches()) {
                i++;
                continue;
            }
            String fence = open.group(1);
            int close = closingFence(page, i + 1, fence);
            String language = open.group(2).toLowerCase(Locale.ROOT);
            if (CHECKED.contains(language)) {
                List<String> body = page.subList(i + 1, close == -1 ? page.size() : close);
                blocks.add(new CodeBlock(language, i + 1, markerAbove(page, i), List.copyOf(body), close != -1));
            }
            i = close == -1 ? page.size() : close + 1;
        }
        return blocks;
    }

    /** A closing fence is the same character, at least as long, and nothing else on the line. */
    private static int closingFence(List<String> page, int from, String fence) {
        for (int j = from; j < page.size(); j++) {
            String line = page.get(j).strip();
            if (line.length() >= fence.length() && line.chars().allMatch(c -> c == fence.charAt(0))) {
                return j;
            }
        }
        return -1;
    }

    private static String markerAbove(List<String> page, int fenceIndex) {
        for (int j = fenceIndex - 1; j >= 0; j--) {
            if (!page.get(j).isBlank()) {
                Matcher marker = MARKER.matcher(page.get(j));
                return marker.matches() ? marker.group(1) : null;
            }
        }
        return null;
    }
}
