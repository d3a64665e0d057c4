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
            throw new ItemMappingException("expected a one-character string, found \"" + s + "\"");
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
        return AttributeValue.fromN(Double.toString(value));
    }

    public static AttributeValue number(float value) {
        return AttributeValue.fromN(Float.toString(value));
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
        return Double.parseDouble(numberText(value));
    }

    public static float toFloat(AttributeValue value) {
        return Float.parseFloat(numberText(value));
    }

    public static BigDecimal toBigDecimal(AttributeValue value) {
        return new BigDecimal(numberText(value));
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
                throw notIntegral(text, "int", tooBig);
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
                throw notIntegral(text, "long", tooBig);
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
                throw notIntegral(text, "short", tooBig);
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
                throw notIntegral(text, "byte", tooBig);
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
                throw notIntegral(text, "BigInteger", tooBig);
            }
        }
    }

    /** The number as an exact decimal, for the integral readers' fallback. */
    private static BigDecimal exact(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new ItemMappingException("expected a number, found \"" + text + "\"", e);
        }
    }

    private static ItemMappingException notIntegral(String text, String type, ArithmeticException cause) {
        return new ItemMappingException("number " + text + " does not fit " + type + " exactly", cause);
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
     * {@code NULL}; at the top level of an item the generated code leaves it out instead.
     */
    public static <E> AttributeValue stringSet(Set<E> values, Function<? super E, String> encoder) {
        if (values.isEmpty()) {
            return NUL;
        }
        List<String> out = new ArrayList<>(values.size());
        for (E value : values) {
            out.add(encoder.apply(value));
        }
        return AttributeValue.fromSs(out);
    }

    public static <E> Set<E> toStringSet(AttributeValue value, Function<String, E> decoder) {
        if (!value.hasSs()) {
            throw mismatch("a string set (SS)", value);
        }
        return decodeSet(value.ss(), decoder);
    }

    /** A number set ({@code NS}); empty sets as for {@link #stringSet}. */
    public static <E> AttributeValue numberSet(Set<E> values, Function<? super E, String> encoder) {
        if (values.isEmpty()) {
            return NUL;
        }
        List<String> out = new ArrayList<>(values.size());
        for (E value : values) {
            out.add(encoder.apply(value));
        }
        return AttributeValue.fromNs(out);
    }

    public static <E> Set<E> toNumberSet(AttributeValue value, Function<String, E> decoder) {
        if (!value.hasNs()) {
            throw mismatch("a number set (NS)", value);
        }
        return decodeSet(value.ns(), decoder);
    }

    /** A binary set ({@code BS}); empty sets as for {@link #stringSet}. */
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

    private static ItemMappingException mismatch(String expected, AttributeValue found) {
        return new ItemMappingException("expected " + expected + ", found " + found);
    }
}
