package dev.dynamodel.exception;

import java.util.Objects;

/**
 * One broken rule: where, which rule, and what is wrong.
 *
 * <pre>{@code
 * Violation v = e.violations().get(0);
 * v.path();     // "address.zip_code" or "tags[2]": stored attribute names, list indexes, map keys
 * v.rule();     // "Pattern", "NotNull", "Size", "OneOf", or a validator's class name
 * v.message();  // "must match \"[0-9]{4}\""
 * }</pre>
 *
 * <p>The path uses the stored attribute names (as {@code @Attribute} gives them), like a DynamoDB
 * document path; it is empty for a rule on the whole entity. Values are never part of it, so that
 * logging a violation cannot leak personal data.
 *
 * @param path    the attribute path
 * @param rule    the rule's short name
 * @param message a readable description
 */
public record Violation(String path, String rule, String message) {
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "" : path + ": ") + message + " (" + rule + ")";
    }
}
