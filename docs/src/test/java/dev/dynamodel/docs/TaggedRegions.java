package dev.dynamodel.docs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regions of a source file between {@code // tag::name[]} and {@code // end::name[]} lines,
 * as Asciidoctor marks them. Regions may nest or overlap; marker lines never belong to a region,
 * so a large region can contain smaller ones without showing their markers.
 *
 * <pre>{@code
 * TaggedRegions regions = TaggedRegions.parse(Files.readAllLines(source));
 * List<String> lines = regions.region("create");   // null if there is no such tag
 * }</pre>
 */
final class TaggedRegions {
    private static final Pattern MARKER = Pattern.compile("(?:^|\\s)(tag|end)::([\\w.-]+)\\[]");

    private final Map<String, List<String>> regions;
    private final List<String> problems;

    private TaggedRegions(Map<String, List<String>> regions, List<String> problems) {
        this.regions = regions;
        this.problems = problems;
    }

    static TaggedRegions parse(List<String> lines) {
        Map<String, List<String>> done = new LinkedHashMap<>();
        Map<String, List<String>> open = new LinkedHashMap<>();
        Map<String, Integer> openedAt = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher marker = MARKER.matcher(line);
            if (!marker.find()) {
                for (List<String> region : open.values()) {
                    region.add(line);
                }
                continue;
            }
            String name = marker.group(2);
            int lineNumber = i + 1;
            if (marker.group(1).equals("tag")) {
                if (open.containsKey(name) || done.containsKey(name)) {
                    problems.add("line " + lineNumber + ": tag '" + name + "' is opened a second time");
                } else {
                    open.put(name, new ArrayList<>());
                    openedAt.put(name, lineNumber);
                }
            } else if (open.containsKey(name)) {
                done.put(name, open.remove(name));
            } else {
                problems.add("line " + lineNumber + ": end::" + name + "[] has no open tag::" + name + "[]");
            }
        }
        open.keySet().forEach(name ->
                problems.add("line " + openedAt.get(name) + ": tag '" + name + "' is never closed by end::" + name + "[]"));
        return new TaggedRegions(done, problems);
    }

    /** The lines of a region, as they are in the file; null if the tag is missing. */
    List<String> region(String tag) {
        return regions.get(tag);
    }

    /** Malformed markers: duplicate, unclosed or unopened tags, each with its line. */
    List<String> problems() {
        return problems;
    }
}
