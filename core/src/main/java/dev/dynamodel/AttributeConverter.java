package dev.dynamodel;

/**
 * Stores a Java type {@code J} as another type {@code S} that Dynamodel knows how to store: a
 * string, number, boolean, binary, list, set, map or {@code @Document}. Register it with
 * {@link dev.dynamodel.annotation.Convert @Convert} on a field, a type or a package.
 *
 * <pre>{@code
 * public final class MoneyConverter implements AttributeConverter<Money, String> {
 *     public String toStored(Money value) { return value.currency() + " " + value.amount(); }
 *     public Money fromStored(String stored) { return Money.parse(stored); }
 * }
 * }</pre>
 *
 * <p>Neither method sees {@code null}: null values are left out (or stored as {@code NULL} inside
 * lists and maps) before the converter is called. One instance is made per generated schema, so a
 * converter must be safe to call from several threads; a stateless one is.
 *
 * @param <J> the Java type in your entity
 * @param <S> the type it is stored as
 */
public interface AttributeConverter<J, S> {

    /** The value as stored; never called with null. */
    S toStored(J value);

    /** The value read back; never called with null. */
    J fromStored(S stored);
}
