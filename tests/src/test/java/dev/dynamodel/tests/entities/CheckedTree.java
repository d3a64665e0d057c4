package dev.dynamodel.tests.entities;

import dev.dynamodel.annotation.Document;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/** A recursive document with a rule, so that validation walks it as deep as it goes. */
@Document
public record CheckedTree(@NotBlank String label, List<CheckedTree> children) {

    public static CheckedTree chain(int levels) {
        CheckedTree tree = new CheckedTree("leaf", null);
        for (int i = 1; i < levels; i++) {
            tree = new CheckedTree("node", List.of(tree));
        }
        return tree;
    }
}
