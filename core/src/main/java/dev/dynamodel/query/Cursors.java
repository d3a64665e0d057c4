package dev.dynamodel.query;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns a start key into an opaque, URL-safe cursor and back. The cursor names the table and index
 * it belongs to and ends with a CRC-32 of its content, so that an edited, truncated or foreign
 * cursor is refused with a clear message instead of reading from the wrong place. (A checksum finds
 * accidents, not attacks: sign cursors yourself if clients must not forge them.)
 */
final class Cursors {
    private static final byte VERSION = 1;

    private Cursors() {
    }

    static String encode(Target target, Map<String, AttributeValue> key) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeUTF(target.tableName());
            out.writeUTF(target.indexName() == null ? "" : target.indexName());
            out.writeShort(key.size());
            for (Map.Entry<String, AttributeValue> entry : key.entrySet()) {
                out.writeUTF(entry.getKey());
                AttributeValue value = entry.getValue();
                if (value.s() != null) {
                    out.writeByte('S');
                    writeBytes(out, value.s().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else if (value.n() != null) {
                    out.writeByte('N');
                    writeBytes(out, value.n().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else if (value.b() != null) {
                    out.writeByte('B');
                    writeBytes(out, value.b().asByteArray());
                } else {
                    throw new IllegalStateException("Key attribute " + entry.getKey() + " is not S, N or B: " + value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] payload = bytes.toByteArray();
        ByteBuffer withChecksum = ByteBuffer.allocate(payload.length + 4).put(payload).putInt((int) crc(payload));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(withChecksum.array());
    }

    static Map<String, AttributeValue> decode(Target target, String cursor) {
        byte[] all;
        try {
            all = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException("Cursor is not one this library made (not URL-safe base64)", e);
        }
        if (all.length < 5) {
            throw new InvalidCursorException("Cursor is truncated");
        }
        ByteBuffer buffer = ByteBuffer.wrap(all);
        byte[] payload = new byte[all.length - 4];
        buffer.get(payload);
        if ((int) crc(payload) != buffer.getInt()) {
            throw new InvalidCursorException("Cursor was altered or truncated (checksum mismatch)");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            if (in.readByte() != VERSION) {
                throw new InvalidCursorException("Cursor has an unknown version");
            }
            String table = in.readUTF();
            String index = in.readUTF();
            String expectedIndex = target.indexName() == null ? "" : target.indexName();
            if (!table.equals(target.tableName()) || !index.equals(expectedIndex)) {
                throw new InvalidCursorException("Cursor belongs to " + describe(table, index) + ", not to "
                        + describe(target.tableName(), expectedIndex));
            }
            int size = in.readShort();
            Map<String, AttributeValue> key = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                String name = in.readUTF();
                char type = (char) in.readByte();
                byte[] value = readBytes(in);
                key.put(name, switch (type) {
                    case 'S' -> AttributeValue.fromS(new String(value, java.nio.charset.StandardCharsets.UTF_8));
                    case 'N' -> AttributeValue.fromN(new String(value, java.nio.charset.StandardCharsets.UTF_8));
                    case 'B' -> AttributeValue.fromB(SdkBytes.fromByteArray(value));
                    default -> throw new InvalidCursorException("Cursor holds an unknown value type");
                });
            }
            if (!key.keySet().containsAll(target.startKeyAttributes())) {
                throw new InvalidCursorException("Cursor lacks key attributes " + target.startKeyAttributes());
            }
            return key;
        } catch (IOException e) {
            throw new InvalidCursorException("Cursor is malformed", e);
        }
    }

    private static String describe(String table, String index) {
        return "table " + table + (index.isEmpty() ? "" : " index " + index);
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 2048) {
            throw new IOException("bad length " + length);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }

    private static long crc(byte[] payload) {
        CRC32 crc = new CRC32();
        crc.update(payload);
        return crc.getValue();
    }
}
