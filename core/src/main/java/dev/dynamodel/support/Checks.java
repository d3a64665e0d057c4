package dev.dynamodel.support;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Value checks that generated {@code validate} methods call where one line of code will not do.
 * For generated code only: not an API, may change in any release without notice.
 */
public final class Checks {
    /** The message of the built-in rule "Number" on BigDecimal, BigInteger, double and float values. */
    public static final String NUMBER_MESSAGE = "must be a number DynamoDB can store: at most 38 significant digits, "
            + "a magnitude from 1E-130 to below 1E+126, not NaN or infinite";

    // ASCII look-up tables: the e-mail check runs on every write of an @Email field.
    private static final boolean[] LOCAL_ASCII = ascii("!#$%&'*+-/=?^_`{|}~.");
    private static final boolean[] DOMAIN_ASCII = ascii("-");

    private static final double SMALLEST = 1e-130;
    private static final double TOO_LARGE = 1e126;

    private static final int MAX_DIGITS = 38;
    // 2^126 < 10^38: any BigInteger shorter than that has at most 38 digits.
    private static final int SAFE_BIT_LENGTH = 126;

    private Checks() {
    }

    /** Letters, digits and the given characters. */
    private static boolean[] ascii(String extra) {
        boolean[] table = new boolean[128];
        for (char c = 0; c < 128; c++) {
            table[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || extra.indexOf(c) >= 0;
        }
        return table;
    }

    /** Whether DynamoDB can store the number: finite, and zero or within its magnitude range. */
    public static boolean storable(double value) {
        double magnitude = Math.abs(value);
        return value == 0 || magnitude >= SMALLEST && magnitude < TOO_LARGE;
    }

    /** Whether DynamoDB can store the number exactly. */
    public static boolean storable(BigDecimal value) {
        if (value.signum() == 0) {
            return true;
        }
        // The exponent of the leading digit does not change with trailing zeros; the digit count
        // does, so strip them (which allocates) only when the plain count is over the limit.
        int exponent = value.precision() - value.scale() - 1;
        boolean digits = value.precision() <= MAX_DIGITS || value.stripTrailingZeros().precision() <= MAX_DIGITS;
        return digits && exponent >= -130 && exponent <= 125;
    }

    /** Whether DynamoDB can store the number exactly. */
    public static boolean storable(BigInteger value) {
        return value.bitLength() < SAFE_BIT_LENGTH || storable(new BigDecimal(value));
    }

    /** The number of digits before the decimal point, as {@code @Digits(integer)} counts them. */
    public static int integerDigits(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return Math.max(stripped.precision() - stripped.scale(), 0);
    }

    /** The number of digits after the decimal point, as {@code @Digits(fraction)} counts them. */
    public static int fractionDigits(BigDecimal value) {
        return Math.max(value.stripTrailingZeros().scale(), 0);
    }

    /**
     * Whether a string is a well-formed e-mail address: a local part of up to 64 characters
     * without spaces or misplaced dots, an {@code @}, and a domain of dot-separated labels (letters,
     * digits, hyphens inside) or a bracketed address literal. As lenient as Hibernate Validator's
     * {@code @Email}: a domain without a dot is accepted. Scans the text once, allocating nothing.
     */
    public static boolean isEmail(CharSequence value) {
        int length = value.length();
        int at = -1;
        for (int i = length - 1; i >= 0; i--) {
            if (value.charAt(i) == '@') {
                at = i;
                break;
            }
        }
        return at > 0 && at < length - 1 && at <= 64 && localPart(value, at) && domain(value, at + 1, length);
    }

    private static boolean localPart(CharSequence value, int end) {
        char previous = '.'; // a leading dot is refused like a doubled one
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            boolean allowed = c < 128 ? LOCAL_ASCII[c] : !Character.isWhitespace(c) && !Character.isISOControl(c);
            if (!allowed || c == '.' && previous == '.') {
                return false;
            }
            previous = c;
        }
        return previous != '.';
    }

    private static boolean domainCharacter(char c) {
        return c < 128 ? DOMAIN_ASCII[c] : Character.isLetterOrDigit(c);
    }

    private static boolean domain(CharSequence value, int start, int end) {
        if (value.charAt(start) == '[') {
            if (value.charAt(end - 1) != ']' || end - start < 3) {
                return false;
            }
            for (int i = start + 1; i < end - 1; i++) {
                char c = value.charAt(i);
                if (!Character.isLetterOrDigit(c) && c != '.' && c != ':') {
                    return false;
                }
            }
            return true;
        }
        if (end - start > 255) {
            return false;
        }
        int labelStart = start;
        for (int i = start; i <= end; i++) {
            char c = i == end ? '.' : value.charAt(i);
            if (c == '.') {
                int labelLength = i - labelStart;
                if (labelLength == 0 || labelLength > 63 || value.charAt(labelStart) == '-' || value.charAt(i - 1) == '-') {
                    return false;
                }
                labelStart = i + 1;
            } else if (!domainCharacter(c)) {
                return false;
            }
        }
        return true;
    }
}
