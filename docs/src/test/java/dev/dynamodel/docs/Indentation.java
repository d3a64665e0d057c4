package dev.dynamodel.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes the indentation all non-blank lines share, so that a region cut from inside a method
 * compares equal to the same code written flush left in a page.
 *
 * <pre>{@code
 * Indentation.strip(List.of("    a", "      b"));   // ["a", "  b"]
 * }</pre>
 */
final class Indentation {
    private Indentation() {
    }

    static List<String> strip(List<String> lines) {
        int common = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                common = Math.min(common, leadingWhitespace(line));
            }
        }
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            out.add(line.isBlank() ? "" : line.substring(common));
        }
        return out;
    }

    private static int leadingWhitespace(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
