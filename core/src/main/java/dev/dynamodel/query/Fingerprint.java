package dev.dynamodel.query;

import dev.dynamodel.condition.ExpressionWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What identifies a query or scan for its cursors: a SHA-256 (cut to 16 bytes) of the parts that
 * decide which items come in which order: the table and index, the rendered key condition and
 * filter with their names and values, the direction and the segment. Page size, limit and
 * projection are left out: they may change from one page to the next.
 */
final class Fingerprint {
    private static final int LENGTH = 16;

    private final MessageDigest digest;

    Fingerprint(String kind, Target target) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
        text(kind).text(target.tableName()).text(target.indexName());
    }

    /** A text, or its absence, told apart from every other text. */
    Fingerprint text(String text) {
        if (text == null) {
            digest.update((byte) 0);
        } else {
            digest.update((byte) 1);
            bytes(text.getBytes(StandardCharsets.UTF_8));
        }
        return this;
    }

    Fingerprint number(long number) {
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(number).array());
        return this;
    }

    /** The names and values the rendered expressions refer to, in placeholder order. */
    Fingerprint placeholders(ExpressionWriter writer) {
        new TreeMap<>(writer.names() == null ? Map.of() : writer.names()).forEach((placeholder, name) ->
                text(placeholder).text(name));
        new TreeMap<>(writer.values() == null ? Map.of() : writer.values()).forEach((placeholder, value) -> {
            text(placeholder);
            value(value);
        });
        return this;
    }

    byte[] bytes() {
        return Arrays.copyOf(digest.digest(), LENGTH);
    }

    private void bytes(byte[] bytes) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }

    /** One canonical form per value: map entries by key, set elements sorted. */
    private void value(AttributeValue value) {
        byte[] canonical = canonical(value).getBytes(StandardCharsets.UTF_8);
        bytes(canonical);
    }

    private static String canonical(AttributeValue value) {
        StringBuilder out = new StringBuilder();
        canonical(value, out);
        return out.toString();
    }

    private static void canonical(AttributeValue value, StringBuilder out) {
        switch (value.type()) {
            case S -> quoted(out.append('S'), value.s());
            case N -> quoted(out.append('N'), value.n());
            case B -> quoted(out.append('B'), base64(value.b()));
            case BOOL -> out.append(value.bool() ? "T" : "F");
            case NUL -> out.append('0');
            case SS -> sorted(out.append("SS"), value.ss());
            case NS -> sorted(out.append("NS"), value.ns());
            case BS -> sorted(out.append("BS"), value.bs().stream().map(Fingerprint::base64).toList());
            case L -> {
                out.append("L[");
                value.l().forEach(element -> canonical(element, out));
                out.append(']');
            }
            case M -> {
                out.append("M{");
                new TreeMap<>(value.m()).forEach((key, element) -> canonical(element, quoted(out, key)));
                out.append('}');
            }
            default -> throw new IllegalStateException("A condition value of unknown type " + value.type());
        }
    }

    private static StringBuilder quoted(StringBuilder out, String text) {
        return out.append(text.length()).append(':').append(text);
    }

    private static void sorted(StringBuilder out, List<String> elements) {
        List<String> copy = new ArrayList<>(elements);
        copy.sort(null);
        out.append('[');
        copy.forEach(element -> quoted(out, element));
        out.append(']');
    }

    private static String base64(SdkBytes bytes) {
        return java.util.Base64.getEncoder().encodeToString(bytes.asByteArray());
    }
}
