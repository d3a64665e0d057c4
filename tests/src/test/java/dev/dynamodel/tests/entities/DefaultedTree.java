package dev.dynamodel.tests.entities;

import dev.dynamodel.annotation.Default;
import dev.dynamodel.annotation.Document;
import java.util.List;

/** A recursive document with a default, so that the defaults step walks it as deep as it goes. */
@Document
public record DefaultedTree(@Default("node") String label, List<DefaultedTree> children) {

    public static DefaultedTree chain(int levels) {
        DefaultedTree tree = new DefaultedTree(null, null);
        for (int i = 1; i < levels; i++) {
            tree = new DefaultedTree(null, List.of(tree));
        }
        return tree;
    }
}
