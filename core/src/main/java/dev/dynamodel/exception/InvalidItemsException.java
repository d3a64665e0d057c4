package dev.dynamodel.exception;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A batch or a transaction was refused before anything was sent, because some of its items cannot
 * be written: a bad key, a value that cannot be stored, or two operations on the same key. Lists
 * every such item with its position in the call; nothing was written.
 *
 * <pre>{@code
 * try {
 *     dynamo.batchWrite().putAll(movies, imported).execute();
 * } catch (InvalidItemsException e) {
 *     e.problems().forEach(p -> log.warn("item {}: {}", p.index(), p.message()));
 * }
 * }</pre>
 */
public class InvalidItemsException extends DynamodelException {
    private static final int LISTED_IN_MESSAGE = 10;

    private final transient List<Problem> problems;

    public InvalidItemsException(String call, List<Problem> problems) {
        super(message(call, problems), problems.isEmpty() ? null : problems.get(0).cause());
        this.problems = List.copyOf(problems);
    }

    /**
     * One item that cannot be written.
     *
     * @param index the item's position in the call, from 0, in the order the operations were added
     * @param operation what was asked: {@code put}, {@code create}, {@code delete}, {@code update}, ...
     * @param entity the entity's simple name
     * @param message what is wrong
     * @param cause the exception that said so, or null
     */
    public record Problem(int index, String operation, String entity, String message, RuntimeException cause) {
        @Override
        public String toString() {
            return "#" + index + " " + operation + " " + entity + ": " + message;
        }
    }

    /** Every item that cannot be written, in call order. */
    public List<Problem> problems() {
        return problems;
    }

    private static String message(String call, List<Problem> problems) {
        String listed = problems.stream().limit(LISTED_IN_MESSAGE).map(Problem::toString)
                .collect(Collectors.joining("; "));
        String more = problems.size() > LISTED_IN_MESSAGE ? "; and " + (problems.size() - LISTED_IN_MESSAGE) + " more" : "";
        return call + " refused before sending, nothing was written: " + problems.size()
                + (problems.size() == 1 ? " item" : " items") + " cannot be written: " + listed + more;
    }
}
