package dev.dynamodel.exception;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A write was refused because the entity breaks its schema's rules. Thrown before any request is
 * sent, so nothing was written. Lists every violation, not just the first.
 *
 * <pre>{@code
 * try {
 *     members.create(member);
 * } catch (ValidationException e) {
 *     for (Violation v : e.violations()) {
 *         System.out.println(v.path() + " " + v.rule() + " " + v.message());
 *     }
 * }
 * }</pre>
 */
public class ValidationException extends DynamodelException {
    private final String entity;
    private final List<Violation> violations;

    public ValidationException(String entity, List<Violation> violations) {
        super(describe(entity, violations));
        this.entity = entity;
        this.violations = List.copyOf(violations);
    }

    /** The entity's simple name. */
    public String entity() {
        return entity;
    }

    /** Every violation, in the order of the entity's fields. */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(String entity, List<Violation> violations) {
        String count = violations.size() == 1 ? "1 invalid value" : violations.size() + " invalid values";
        return entity + " has " + count + ": "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
