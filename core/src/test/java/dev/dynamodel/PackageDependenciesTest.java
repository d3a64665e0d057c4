package dev.dynamodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package layering that docs/architecture.md draws, read from core's sources: which package
 * refers to which (imports and qualified names in code, not in comments), and the cycles.
 */
class PackageDependenciesTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern REFERENCE = Pattern.compile("\\b(dev\\.dynamodel(?:\\.[a-z]+)*)\\.[A-Z]\\w*");

    @Test
    void leaves_importNoOtherPackageOfTheLibrary() {
        Map<String, Set<String>> graph = graph();
        assertEquals(Set.of(), graph.get("dev.dynamodel.condition"));
        assertEquals(Set.of(), graph.get("dev.dynamodel.exception"));
        assertEquals(Set.of(), graph.get("dev.dynamodel.id"));
        assertEquals(Set.of(), graph.get("dev.dynamodel.observe"));
        assertEquals(Set.of(), graph.get("dev.dynamodel.table"));
        assertEquals(Set.of("dev.dynamodel.condition", "dev.dynamodel.exception"), graph.get("dev.dynamodel.support"));
    }

    @Test
    void internal_importsNothingAboveIt() {
        assertEquals(Set.of("dev.dynamodel.condition", "dev.dynamodel.exception", "dev.dynamodel.observe",
                "dev.dynamodel.schema", "dev.dynamodel.support", "dev.dynamodel.table"), graph().get("dev.dynamodel.internal"));
    }

    @Test
    void theOnlyCycle_isTheApiLayersFactories() {
        Map<String, Set<String>> graph = graph();
        List<Set<String>> cycles = new ArrayList<>();
        Set<String> done = new TreeSet<>();
        for (String start : graph.keySet()) {
            if (done.contains(start)) {
                continue;
            }
            // The packages on a cycle with start: reachable from it and reaching it.
            Set<String> component = new TreeSet<>();
            for (String other : reachable(graph, start)) {
                if (reachable(graph, other).contains(start)) {
                    component.add(other);
                }
            }
            done.addAll(component);
            if (component.size() > 1) {
                cycles.add(component);
            }
        }
        assertEquals(List.of(Set.of("dev.dynamodel", "dev.dynamodel.batch", "dev.dynamodel.transaction")), cycles,
                "docs/architecture.md justifies only Dynamo's batch and transaction factories");
    }

    private static Set<String> reachable(Map<String, Set<String>> graph, String from) {
        Set<String> seen = new TreeSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(from));
        while (!pending.isEmpty()) {
            String next = pending.pop();
            if (seen.add(next)) {
                pending.addAll(graph.getOrDefault(next, Set.of()));
            }
        }
        return seen;
    }

    private static Map<String, Set<String>> graph() {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(file.getParent()).toString().replace(file.getFileSystem().getSeparator(), ".");
                if (file.getFileName().toString().equals("module-info.java")) {
                    continue;
                }
                Set<String> uses = graph.computeIfAbsent(pkg, p -> new TreeSet<>());
                for (String line : Files.readAllLines(file)) {
                    String code = line.strip();
                    if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//") || code.startsWith("package ")) {
                        continue;
                    }
                    Matcher m = REFERENCE.matcher(code);
                    while (m.find()) {
                        String used = packageOf(m.group(0));
                        if (!used.equals(pkg)) {
                            uses.add(used);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    /** The package of a qualified name: the segments before the first capitalised one. */
    private static String packageOf(String qualified) {
        StringBuilder pkg = new StringBuilder();
        for (String segment : qualified.split("\\.")) {
            if (Character.isUpperCase(segment.charAt(0))) {
                break;
            }
            pkg.append(pkg.length() == 0 ? "" : ".").append(segment);
        }
        return pkg.toString();
    }
}
