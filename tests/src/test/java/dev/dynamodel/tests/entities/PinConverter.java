package dev.dynamodel.tests.entities;

import dev.dynamodel.AttributeConverter;
import java.util.UUID;

/**
 * Stores a {@link Pin} as its digits, and refuses other text with a message that quotes it, as
 * user code may: the library must not copy such a message into its own.
 */
public final class PinConverter implements AttributeConverter<Pin, String> {
    /** The prefix of a recovery PIN, which is a UUID. */
    public static final String RECOVERY = "recovery:";

    @Override
    public String toStored(Pin value) {
        if (value.digits().startsWith(RECOVERY)) {
            // A recovery PIN is a UUID. The JDK's parser refuses other text with a plain
            // IllegalArgumentException that quotes it, as many JDK parsers do.
            return UUID.fromString(value.digits().substring(RECOVERY.length())).toString();
        }
        if (!value.digits().chars().allMatch(Character::isDigit)) {
            throw new NotAPin("not a PIN: " + value.digits());
        }
        return value.digits();
    }

    @Override
    public Pin fromStored(String stored) {
        return new Pin(stored);
    }

    /** The converter's own refusal, quoting the value. */
    public static final class NotAPin extends RuntimeException {
        NotAPin(String message) {
            super(message);
        }
    }
}
