package dev.dynamodel.tests.entities;

import dev.dynamodel.annotation.Document;
import java.util.List;

/** A recursive document: Java can build it deeper than DynamoDB stores. */
@Document
public record Tree(String label, List<Tree> children) {

    /** A chain of {@code levels} trees, each the only child of the one above; the last has no children. */
    public static Tree chain(int levels) {
        Tree tree = new Tree("leaf", null);
        for (int i = 1; i < levels; i++) {
            tree = new Tree("node", List.of(tree));
        }
        return tree;
    }
}
