package dev.dynamodel.internal;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Value checks that generated {@code validate} methods call where one line of code will not do.
 * Not an API.
 */
public final class Checks {
    /** The message of the built-in rule "Number" on BigDecimal, BigInteger, double and float values. */
    public static final String NUMBER_MESSAGE = "must be a number DynamoDB can store: at most 38 significant digits, "
            + "a magnitude from 1E-130 to below 1E+126, not NaN or infinite";

    private static final double SMALLEST = 1e-130;
    private static final double TOO_LARGE = 1e126;

    private static final int MAX_DIGITS = 38;
    // 2^126 < 10^38: any BigInteger shorter than that has at most 38 digits.
    private static final int SAFE_BIT_LENGTH = 126;

    private Checks() {
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
     * {@code @Email}: a domain without a dot is accepted.
     */
    public static boolean isEmail(CharSequence text) {
        String value = text.toString();
        int at = value.lastIndexOf('@');
        if (at <= 0 || at == value.length() - 1) {
            return false;
        }
        return localPart(value.substring(0, at)) && domain(value.substring(at + 1));
    }

    private static boolean localPart(String local) {
        if (local.length() > 64 || local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return false;
        }
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || "@()<>,;:\\\"[]".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean domain(String domain) {
        if (domain.startsWith("[") && domain.endsWith("]")) {
            return domain.length() > 2 && domain.substring(1, domain.length() - 1).chars()
                    .allMatch(c -> Character.isLetterOrDigit(c) || c == '.' || c == ':');
        }
        if (domain.length() > 255 || domain.endsWith(".")) {
            return false;
        }
        for (String label : domain.split("\\.", -1)) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!Character.isLetterOrDigit(c) && c != '-') {
                    return false;
                }
            }
        }
        return true;
    }
}
