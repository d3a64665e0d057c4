package dev.dynamodel.query;

import dev.dynamodel.exception.InvalidCursorException;
import dev.dynamodel.internal.CursorSeal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The cursors of one query or scan: a start key, with the table, index and {@link Fingerprint} of
 * the query that made it, wrapped by the {@link CursorSeal} of the {@code Dynamo}. A cursor is
 * accepted only by the query that made it: another table or index, key condition, direction or
 * filter is refused with {@link InvalidCursorException} instead of resuming at the wrong place.
 */
final class Cursors {
    private final CursorSeal seal;
    private final Target target;
    private final Supplier<byte[]> fingerprintOfQuery;
    private byte[] fingerprint;

    /** The fingerprint is computed only if a cursor is made or read: most reads never need one. */
    Cursors(CursorSeal seal, Target target, Supplier<byte[]> fingerprintOfQuery) {
        this.seal = seal;
        this.target = target;
        this.fingerprintOfQuery = fingerprintOfQuery;
    }

    private byte[] fingerprint() {
        if (fingerprint == null) {
            fingerprint = fingerprintOfQuery.get();
        }
        return fingerprint;
    }

    String encode(Map<String, AttributeValue> key) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(target.tableName());
            out.writeUTF(indexName(target));
            out.writeByte(fingerprint().length);
            out.write(fingerprint());
            out.writeShort(key.size());
            for (Map.Entry<String, AttributeValue> entry : key.entrySet()) {
                out.writeUTF(entry.getKey());
                AttributeValue value = entry.getValue();
                if (value.s() != null) {
                    out.writeByte('S');
                    writeBytes(out, value.s().getBytes(StandardCharsets.UTF_8));
                } else if (value.n() != null) {
                    out.writeByte('N');
                    writeBytes(out, value.n().getBytes(StandardCharsets.UTF_8));
                } else if (value.b() != null) {
                    out.writeByte('B');
                    writeBytes(out, value.b().asByteArray());
                } else {
                    throw new IllegalStateException("Key attribute " + entry.getKey() + " is not of type S, N or B");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seal.seal(bytes.toByteArray());
    }

    Map<String, AttributeValue> decode(String cursor) {
        byte[] content = seal.open(cursor);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(content))) {
            String table = in.readUTF();
            String index = in.readUTF();
            String expectedIndex = indexName(target);
            if (!table.equals(target.tableName()) || !index.equals(expectedIndex)) {
                throw new InvalidCursorException("Cursor belongs to " + describe(table, index) + ", not to "
                        + describe(target.tableName(), expectedIndex));
            }
            byte[] madeBy = new byte[in.readUnsignedByte()];
            in.readFully(madeBy);
            if (!Arrays.equals(madeBy, fingerprint())) {
                throw new InvalidCursorException("Cursor belongs to another query on " + describe(table, index)
                        + ": its key condition, direction or filter differ from this one's; a cursor resumes only"
                        + " the query that made it");
            }
            int size = in.readShort();
            Map<String, AttributeValue> key = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                String name = in.readUTF();
                char type = (char) in.readByte();
                byte[] value = readBytes(in);
                key.put(name, switch (type) {
                    case 'S' -> AttributeValue.fromS(new String(value, StandardCharsets.UTF_8));
                    case 'N' -> AttributeValue.fromN(new String(value, StandardCharsets.UTF_8));
                    case 'B' -> AttributeValue.fromB(SdkBytes.fromByteArray(value));
                    default -> throw new InvalidCursorException("Cursor is malformed: it holds an unknown value type");
                });
            }
            if (in.available() > 0 || !key.keySet().containsAll(target.startKeyAttributes())) {
                throw new InvalidCursorException("Cursor is malformed: it does not hold the key attributes "
                        + target.startKeyAttributes());
            }
            return key;
        } catch (IOException e) {
            throw new InvalidCursorException("Cursor is malformed: its content ends early", e);
        }
    }

    private static String indexName(Target target) {
        return target.indexName() == null ? "" : target.indexName();
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
        if (length < 0 || length > 2048) { // DynamoDB's largest key value
            throw new IOException("a key value of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }
}
