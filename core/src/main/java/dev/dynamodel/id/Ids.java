package dev.dynamodel.id;

import java.util.UUID;

/**
 * The identifiers {@code @AutoId} generates, for your own code too. Thread-safe. The time-ordered
 * kinds are monotonic within this JVM: an id is greater than every id made before it by the same
 * method, also within one millisecond (the random part counts up) and when the clock steps back.
 *
 * <pre>{@code
 * String orderId = Ids.ulid();       // "01JDQ6Z4X8M3V1T0K9R2B5N7CE"
 * UUID eventId = Ids.uuidV7();       // 0193a1f2-7c4e-7d21-9a3b-5f0e8c1d2a47
 * }</pre>
 */
public final class Ids {
    private static final TimeOrdered V7 = new TimeOrdered(74);
    private static final TimeOrdered ULID = new TimeOrdered(80);

    private Ids() {
    }

    /** A random UUID (version 4). */
    public static UUID uuidV4() {
        return UUID.randomUUID();
    }

    /** A time-ordered UUID (version 7, RFC 9562), monotonic as the class says. */
    public static UUID uuidV7() {
        return UuidV7.of(V7.next());
    }

    /** A ULID in its canonical 26-character upper-case form, monotonic as the class says. */
    public static String ulid() {
        return Ulid.of(ULID.next());
    }
}
