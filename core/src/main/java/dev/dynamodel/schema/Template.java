package dev.dynamodel.schema;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A key attribute composed from an entity's fields, as declared by {@code @KeyTemplate} or
 * {@code @IndexKeyTemplate}: constant text between the fields' values. Generated schemas make one
 * per templated key attribute; the runtime composes keys with it and turns conditions on its fields
 * into key conditions.
 *
 * <p><b>How values are written.</b> A string value (strings, enums, UUIDs, dates and times, which
 * the schema already stores as fixed-width ISO text) goes in as stored. A whole number goes in as
 * 19 digits, zero-padded, and a negative one as {@code -} followed by the 19 digits of
 * {@code value + 2^63}; so string order is number order ({@code -1} is
 * {@code -9223372036854775807}, {@code 42} is {@code 0000000000000000042}).
 *
 * <pre>{@code
 * Template sk = new Template("sk", List.of("ORDER#", "#", ""), List.of("placedAt", "orderId"));
 * sk.compose(placedAt, orderId);   // S "ORDER#2024-03-01T10:00:00.000000000Z#o1"
 * }</pre>
 */
public final class Template {
    private final String attribute;
    private final List<String> constants;
    private final List<String> fields;
    private volatile Pattern pattern;

    /**
     * @param attribute the key attribute it fills
     * @param constants the text before each field and after the last: one more than {@code fields}
     * @param fields    the stored attribute names of the fields, in template order
     */
    public Template(String attribute, List<String> constants, List<String> fields) {
        this.attribute = Objects.requireNonNull(attribute, "attribute");
        this.constants = List.copyOf(constants);
        this.fields = List.copyOf(fields);
        if (this.constants.size() != this.fields.size() + 1) {
            throw new IllegalArgumentException("template of " + attribute + ": constants must be one more than fields");
        }
    }

    /** The key attribute it fills. */
    public String attribute() {
        return attribute;
    }

    /** The stored names of its fields, in template order. */
    public List<String> fields() {
        return fields;
    }

    /**
     * The composed key value.
     *
     * @param values the stored values of the fields, in template order (as the schema encodes them)
     */
    public AttributeValue compose(AttributeValue... values) {
        if (values.length != fields.size()) {
            throw new IllegalArgumentException("template of " + attribute + " takes " + fields.size() + " values");
        }
        return AttributeValue.fromS(prefix(List.of(values)));
    }

    /**
     * The text up to the field after the given leading values: the constants and values before it
     * and the constant in front of it ({@code ORDER#} for no values, {@code ORDER#<placedAt>#} for one).
     * With every value, the whole key.
     */
    public String prefix(List<AttributeValue> leading) {
        return leading.isEmpty() ? constants.get(0) : through(leading) + constants.get(leading.size());
    }

    /**
     * The text up to the end of the last given value, without the constant after it
     * ({@code ORDER#<placedAt>} for one value): where a range on that field starts or ends.
     */
    public String through(List<AttributeValue> values) {
        StringBuilder out = new StringBuilder(constants.get(0));
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(constants.get(i));
            }
            out.append(format(fields.get(i), values.get(i)));
        }
        return out.toString();
    }

    /** Whether a stored key value has this template's shape: its constants, in order, around any values. */
    public boolean matches(String value) {
        Pattern p = pattern;
        if (p == null) {
            StringBuilder regex = new StringBuilder(Pattern.quote(constants.get(0)));
            for (int i = 1; i < constants.size(); i++) {
                regex.append(".*?").append(constants.get(i).isEmpty() ? "" : Pattern.quote(constants.get(i)));
            }
            p = Pattern.compile(regex.toString(), Pattern.DOTALL);
            pattern = p;
        }
        return p.matcher(value).matches();
    }

    /** A value as it is written into a key: see the class comment. */
    static String format(String field, AttributeValue value) {
        if (value.s() != null) {
            return value.s();
        }
        if (value.n() != null) {
            long number;
            try {
                number = Long.parseLong(value.n());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("key template field '" + field
                        + "' holds a number that is not a whole number within long's range");
            }
            return number >= 0 ? pad(Long.toString(number)) : "-" + pad(Long.toString(number - Long.MIN_VALUE));
        }
        throw new IllegalArgumentException("key template field '" + field + "' must be stored as a string or a number");
    }

    private static String pad(String digits) {
        return "0".repeat(19 - digits.length()) + digits;
    }

    /** The template as declared, with stored field names: {@code ORDER#{placedAt}#{orderId}}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(constants.get(0));
        for (int i = 0; i < fields.size(); i++) {
            out.append('{').append(fields.get(i)).append('}').append(constants.get(i + 1));
        }
        return out.toString();
    }
}
