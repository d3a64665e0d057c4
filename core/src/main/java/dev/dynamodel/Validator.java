package dev.dynamodel;

/**
 * A rule of your own, applied with {@link dev.dynamodel.annotation.ValidateWith @ValidateWith}
 * before every write. A violation is reported with the validator's simple class name as its rule
 * and {@link #message} as its text.
 *
 * <pre>{@code
 * public final class IsbnValidator implements Validator<String> {
 *     public boolean isValid(String value) { return value.replace("-", "").length() == 13; }
 *     public String message() { return "must be a 13-digit ISBN"; }
 * }
 * }</pre>
 *
 * <p>It is never called with null (pair it with {@code @NotNull} to forbid null). One instance is
 * made per generated schema, so it must be safe to call from several threads.
 *
 * @param <V> the type it checks; it must accept the annotated field's type
 */
public interface Validator<V> {

    /** Whether the value keeps the rule; never called with null. */
    boolean isValid(V value);

    /** The text of a violation. */
    default String message() {
        return "is not valid";
    }
}
