package dev.dynamodel.internal;

import dev.dynamodel.exception.DynamodelException;
import dev.dynamodel.exception.InvalidItemsException;
import dev.dynamodel.support.Checks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Checks all the operations of a batch or a transaction before any is sent: prepares each one
 * (which is where {@link EntityWrites} runs) and looks for two operations on the same item. Every
 * problem is collected, so the caller learns about all bad items at once. Not an API.
 */
public final class ItemChecks {
    private static final String LIBRARY_PREFIX = "dev.dynamodel.";

    private ItemChecks() {
    }

    /**
     * One operation as added to a call, not yet checked.
     *
     * @param operation its name for messages ({@code put}, {@code delete}, ...)
     * @param entity the entity's simple name
     * @param prepare makes the checked operation, given its position; throws if it cannot be written
     */
    public record Step<O>(String operation, String entity, IntFunction<O> prepare) {
    }

    /**
     * Prepares every step, in order.
     *
     * @param call the call's name for the message, such as {@code "BatchWriteItem"}
     * @param keyOf the item a prepared operation acts on, for the duplicate check
     * @throws InvalidItemsException listing every step that failed and every repeated item
     */
    public static <O> List<O> prepareAll(String call, List<Step<O>> steps, Function<O, TableKey> keyOf) {
        List<O> prepared = new ArrayList<>(steps.size());
        List<InvalidItemsException.Problem> problems = new ArrayList<>();
        Map<TableKey, Integer> firstIndex = new HashMap<>();
        for (int index = 0; index < steps.size(); index++) {
            Step<O> step = steps.get(index);
            O op;
            try {
                op = step.prepare().apply(index);
            } catch (RuntimeException e) {
                problems.add(new InvalidItemsException.Problem(index, step.operation(), step.entity(), describe(e), e));
                continue;
            }
            TableKey key = keyOf.apply(op);
            Integer earlier = firstIndex.putIfAbsent(key, index);
            if (earlier != null) {
                problems.add(new InvalidItemsException.Problem(index, step.operation(), step.entity(),
                        "same item as #" + earlier + " in " + key + "; DynamoDB refuses two operations on one item in "
                                + call + ", so combine them into one", null));
            }
            prepared.add(op);
        }
        if (!problems.isEmpty()) {
            throw new InvalidItemsException(call, problems);
        }
        return prepared;
    }

    /**
     * The message of the library's own pre-send checks ({@link DynamodelException}s, and the
     * {@link IllegalArgumentException}s of key checks), which name paths, never values; of anything
     * else only its type: a converter's or a validator's message may quote the value it refused.
     */
    private static String describe(RuntimeException e) {
        return e instanceof DynamodelException || thrownByLibrary(e)
                ? String.valueOf(e.getMessage())
                : e.getClass().getName() + " thrown, the problem's cause has it";
    }

    /**
     * Whether a plain {@link IllegalArgumentException} was thrown by the library's own code. The type
     * alone does not say: a converter that calls {@code UUID.fromString} or {@code Enum.valueOf}
     * passes on the JDK's plain IllegalArgumentException, whose message quotes the refused value.
     * Generated code lives in the user's packages and throws through {@code dev.dynamodel.support}.
     */
    private static boolean thrownByLibrary(RuntimeException e) {
        if (e.getClass() != IllegalArgumentException.class) {
            return false;
        }
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith(LIBRARY_PREFIX);
    }
}
