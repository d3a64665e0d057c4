package dev.dynamodel.id;

/** The text of a ULID (github.com/ulid/spec): 10 characters of time, 16 of randomness. */
final class Ulid {
    /** Crockford's base 32: no I, L, O or U. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private Ulid() {
    }

    static String of(TimeOrdered.Value value) {
        char[] out = new char[26];
        long millis = value.millis();
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (millis & 31)];
            millis >>>= 5;
        }
        // 80 random bits (high 16, low 64) as 16 characters of 5 bits, last character first.
        long high = value.randomHigh();
        long low = value.randomLow();
        for (int i = 25; i >= 10; i--) {
            out[i] = ALPHABET[(int) (low & 31)];
            low = low >>> 5 | (high & 31) << 59;
            high >>>= 5;
        }
        return new String(out);
    }
}
