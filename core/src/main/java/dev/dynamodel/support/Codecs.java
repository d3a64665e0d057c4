package dev.dynamodel.support;

import dev.dynamodel.exception.ItemMappingException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Conversions that generated schemas call. For generated code only: not an API, may change in any release without notice.
 *
 * <p>Numbers are written with {@code toString} and read back exactly; when DynamoDB returns a
 * number in another notation than the one written (it normalizes {@code 1.50} to {@code 1.5}),
 * the integral readers fall back to {@link BigDecimal} so that {@code 1E+2} still reads as 100.
 */
public final class Codecs {
    private static final AttributeValue NUL = AttributeValue.fromNul(true);

    private Codecs() {
    }

    /** True when an attribute is missing or holds DynamoDB's {@code NULL}. */
    public static boolean absent(AttributeValue value) {
        return value == null || Boolean.TRUE.equals(value.nul());
    }

    // ---- strings, booleans, binaries

    public static AttributeValue string(String value) {
        return AttributeValue.fromS(value);
    }

    public static String toString(AttributeValue value) {
        String s = value.s();
        if (s == null) {
            throw mismatch("a string (S)", value);
        }
        return s;
    }

    public static AttributeValue character(char value) {
        return AttributeValue.fromS(String.valueOf(value));
    }

    public static char toChar(AttributeValue value) {
        String s = toString(value);
        if (s.length() != 1) {
            throw new ItemMappingException("expected a one-character string (S), found a string of " + s.length()
                    + " characters");
        }
        return s.charAt(0);
    }

    public static AttributeValue bool(boolean value) {
        return AttributeValue.fromBool(value);
    }

    public static boolean toBoolean(AttributeValue value) {
        Boolean b = value.bool();
        if (b == null) {
            throw mismatch("a boolean (BOOL)", value);
        }
        return b;
    }

    public static AttributeValue bytes(byte[] value) {
        return AttributeValue.fromB(SdkBytes.fromByteArray(value));
    }

    public static byte[] toBytes(AttributeValue value) {
        return toSdkBytes(value).asByteArray();
    }

    public static AttributeValue sdkBytes(SdkBytes value) {
        return AttributeValue.fromB(value);
    }

    public static SdkBytes toSdkBytes(AttributeValue value) {
        SdkBytes b = value.b();
        if (b == null) {
            throw mismatch("a binary (B)", value);
        }
        return b;
    }

    // ---- numbers

    public static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    public static AttributeValue number(double value) {
        return AttributeValue.fromN(text(value));
    }

    public static AttributeValue number(float value) {
        return AttributeValue.fromN(text(value));
    }

    /**
     * A double as DynamoDB number text. DynamoDB's numbers have no negative zero, so -0.0 is
     * written as {@code 0.0}: the same in every position (DynamoDB Local keeps {@code -0.0} inside
     * a list but not at the top of an item) and in a set, where 0.0 and -0.0 would be duplicates.
     */
    public static String text(double value) {
        return value == 0 ? "0.0" : Double.toString(value);
    }

    /** A float as DynamoDB number text; -0.0 as for {@link #text(double)}. */
    public static String text(float value) {
        return value == 0 ? "0.0" : Float.toString(value);
    }

    public static AttributeValue number(BigDecimal value) {
        return AttributeValue.fromN(value.toString());
    }

    public static AttributeValue number(BigInteger value) {
        return AttributeValue.fromN(value.toString());
    }

    public static String numberText(AttributeValue value) {
        String n = value.n();
        if (n == null) {
            throw mismatch("a number (N)", value);
        }
        return n;
    }

    public static int toInt(AttributeValue value) {
        return parseInt(numberText(value));
    }

    public static long toLong(AttributeValue value) {
        return parseLong(numberText(value));
    }

    public static short toShort(AttributeValue value) {
        return parseShort(numberText(value));
    }

    public static byte toByte(AttributeValue value) {
        return parseByte(numberText(value));
    }

    public static double toDouble(AttributeValue value) {
        return parseDouble(numberText(value));
    }

    public static float toFloat(AttributeValue value) {
        return parseFloat(numberText(value));
    }

    public static BigDecimal toBigDecimal(AttributeValue value) {
        return parseBigDecimal(numberText(value));
    }

    public static BigInteger toBigInteger(AttributeValue value) {
        return parseBigInteger(numberText(value));
    }

    public static int parseInt(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            try {
                return exact(text).intValueExact();
            } catch (ArithmeticException tooBig) {
                throw notIntegral("int");
            }
        }
    }

    public static long parseLong(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            try {
                return exact(text).longValueExact();
            } catch (ArithmeticException tooBig) {
                throw notIntegral("long");
            }
        }
    }

    public static short parseShort(String text) {
        try {
            return Short.parseShort(text);
        } catch (NumberFormatException e) {
            try {
                return exact(text).shortValueExact();
            } catch (ArithmeticException tooBig) {
                throw notIntegral("short");
            }
        }
    }

    public static byte parseByte(String text) {
        try {
            return Byte.parseByte(text);
        } catch (NumberFormatException e) {
            try {
                return exact(text).byteValueExact();
            } catch (ArithmeticException tooBig) {
                throw notIntegral("byte");
            }
        }
    }

    public static BigInteger parseBigInteger(String text) {
        try {
            return new BigInteger(text);
        } catch (NumberFormatException e) {
            try {
                return exact(text).toBigIntegerExact();
            } catch (ArithmeticException tooBig) {
                throw notIntegral("BigInteger");
            }
        }
    }

    public static double parseDouble(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw notANumber();
        }
    }

    public static float parseFloat(String text) {
        try {
            return Float.parseFloat(text);
        } catch (NumberFormatException e) {
            throw notANumber();
        }
    }

    public static BigDecimal parseBigDecimal(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw notANumber();
        }
    }

    /** The number as an exact decimal, for the integral readers' fallback. */
    private static BigDecimal exact(String text) {
        return parseBigDecimal(text);
    }

    // The messages below name types, never the stored text: items hold secrets, and the JDK's
    // exceptions quote the text, so they are not kept as causes either.

    private static ItemMappingException notANumber() {
        return new ItemMappingException("expected a number (N), found text that is not a number");
    }

    private static ItemMappingException notIntegral(String type) {
        return new ItemMappingException("expected a number that fits " + type + " exactly, found one that does not");
    }

    // ---- collections

    /** A list ({@code L}); null elements become {@code NULL}. */
    public static <E> AttributeValue list(Collection<E> values, Function<? super E, AttributeValue> encoder) {
        List<AttributeValue> out = new ArrayList<>(values.size());
        for (E value : values) {
            out.add(value == null ? NUL : encoder.apply(value));
        }
        return AttributeValue.fromL(out);
    }

    public static <E> List<E> toList(AttributeValue value, Function<AttributeValue, E> decoder) {
        if (!value.hasL()) {
            throw mismatch("a list (L)", value);
        }
        List<AttributeValue> in = value.l();
        List<E> out = new ArrayList<>(in.size());
        for (AttributeValue element : in) {
            out.add(absent(element) ? null : decoder.apply(element));
        }
        return out;
    }

    /**
     * A list of strings ({@code L} of {@code S}); null elements become {@code NULL}. The most common
     * collection gets its own loop: through {@link #list}, the one {@code encoder.apply} call site is
     * shared by every list attribute of every schema, so the JIT sees many lambda classes there and
     * can inline none of them.
     */
    public static AttributeValue stringList(List<String> values) {
        List<AttributeValue> out = new ArrayList<>(values.size());
        for (String value : values) {
            out.add(value == null ? NUL : AttributeValue.fromS(value));
        }
        return AttributeValue.fromL(out);
    }

    /** Reads what {@link #stringList} writes. */
    public static List<String> toStringList(AttributeValue value) {
        if (!value.hasL()) {
            throw mismatch("a list (L)", value);
        }
        List<AttributeValue> in = value.l();
        List<String> out = new ArrayList<>(in.size());
        for (AttributeValue element : in) {
            out.add(absent(element) ? null : toString(element));
        }
        return out;
    }

    /** A map ({@code M}) with string keys; null values become {@code NULL}. */
    public static <V> AttributeValue map(Map<String, V> values, Function<? super V, AttributeValue> encoder) {
        Map<String, AttributeValue> out = new LinkedHashMap<>(capacity(values.size()));
        for (Map.Entry<String, V> entry : values.entrySet()) {
            V value = entry.getValue();
            out.put(entry.getKey(), value == null ? NUL : encoder.apply(value));
        }
        return AttributeValue.fromM(out);
    }

    public static <V> Map<String, V> toMap(AttributeValue value, Function<AttributeValue, V> decoder) {
        if (!value.hasM()) {
            throw mismatch("a map (M)", value);
        }
        Map<String, AttributeValue> in = value.m();
        Map<String, V> out = new LinkedHashMap<>(capacity(in.size()));
        for (Map.Entry<String, AttributeValue> entry : in.entrySet()) {
            AttributeValue element = entry.getValue();
            out.put(entry.getKey(), absent(element) ? null : decoder.apply(element));
        }
        return out;
    }

    /**
     * A string set ({@code SS}). DynamoDB refuses empty sets, so an empty set is written as
     * {@code NULL}; at the top level of an item the generated code leaves it out instead. A null
     * element stays null: {@link StoredValues} refuses it, with its path, before anything is sent.
     */
    public static <E> AttributeValue stringSet(Set<E> values, Function<? super E, String> encoder) {
        if (values.isEmpty()) {
            return NUL;
        }
        List<String> out = new ArrayList<>(values.size());
        for (E value : values) {
            out.add(value == null ? null : encoder.apply(value));
        }
        return AttributeValue.fromSs(out);
    }

    public static <E> Set<E> toStringSet(AttributeValue value, Function<String, E> decoder) {
        if (!value.hasSs()) {
            throw mismatch("a string set (SS)", value);
        }
        return decodeSet(value.ss(), decoder);
    }

    /** A number set ({@code NS}); empty sets and null elements as for {@link #stringSet}. */
    public static <E> AttributeValue numberSet(Set<E> values, Function<? super E, String> encoder) {
        if (values.isEmpty()) {
            return NUL;
        }
        List<String> out = new ArrayList<>(values.size());
        for (E value : values) {
            out.add(value == null ? null : encoder.apply(value));
        }
        return AttributeValue.fromNs(out);
    }

    public static <E> Set<E> toNumberSet(AttributeValue value, Function<String, E> decoder) {
        if (!value.hasNs()) {
            throw mismatch("a number set (NS)", value);
        }
        return decodeSet(value.ns(), decoder);
    }

    /** A binary set ({@code BS}); empty sets and null elements as for {@link #stringSet}. */
    public static AttributeValue binarySet(Set<SdkBytes> values) {
        return values.isEmpty() ? NUL : AttributeValue.fromBs(new ArrayList<>(values));
    }

    public static Set<SdkBytes> toBinarySet(AttributeValue value) {
        if (!value.hasBs()) {
            throw mismatch("a binary set (BS)", value);
        }
        return new LinkedHashSet<>(value.bs());
    }

    private static <S, E> Set<E> decodeSet(List<S> in, Function<S, E> decoder) {
        Set<E> out = new LinkedHashSet<>(capacity(in.size()));
        for (S element : in) {
            out.add(decoder.apply(element));
        }
        return out;
    }

    /** A HashMap capacity that holds {@code size} entries without rehashing. */
    public static int capacity(int size) {
        return size < 3 ? size + 1 : (int) (size / 0.75f) + 1;
    }

    /**
     * A stored value of another type than the field's: the message names both types, never the
     * value (an {@code AttributeValue}'s {@code toString} prints it).
     */
    public static ItemMappingException mismatch(String expected, AttributeValue found) {
        return new ItemMappingException("expected " + expected + ", found " + typeOf(found));
    }

    /** The DynamoDB type of a value in words, as the mismatch messages name it. */
    static String typeOf(AttributeValue value) {
        return switch (value.type()) {
            case S -> "a string (S)";
            case N -> "a number (N)";
            case B -> "a binary (B)";
            case BOOL -> "a boolean (BOOL)";
            case NUL -> "NULL";
            case M -> "a map (M)";
            case L -> "a list (L)";
            case SS -> "a string set (SS)";
            case NS -> "a number set (NS)";
            case BS -> "a binary set (BS)";
            default -> "a value of an unknown type";
        };
    }

    // ---- enums and UUIDs: the JDK's parse errors quote the text

    /** The enum constant a stored name stands for; {@code valueOf} is the enum's own. */
    public static <E extends Enum<E>> E toEnum(AttributeValue value, Function<String, E> valueOf) {
        return parseEnum(toString(value), valueOf);
    }

    public static <E extends Enum<E>> E parseEnum(String name, Function<String, E> valueOf) {
        try {
            return valueOf.apply(name);
        } catch (IllegalArgumentException e) {
            throw new ItemMappingException("expected the name of an enum constant (S), found a string that names none");
        }
    }

    public static UUID toUuid(AttributeValue value) {
        return parseUuid(toString(value));
    }

    public static UUID parseUuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new ItemMappingException("expected a UUID (S), found a string that is not one");
        }
    }
}
