package dev.dynamodel.internal;

import dev.dynamodel.exception.InvalidCursorException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Wraps a cursor's content into the URL-safe text handed to clients, and back. Without a secret the
 * content stays readable and ends with a CRC-32, which catches accidents, not forgeries; with a
 * secret ({@code Dynamo.Builder.cursorSecret}) it is sealed with AES-GCM: opaque, and any change,
 * or a cursor sealed with another secret, fails to authenticate.
 *
 * <p>The format: a mode byte, the length of the whole cursor in bytes (so a cut-off cursor is told
 * apart from an altered one), then the checksummed content or a random nonce and the sealed content.
 * The mode byte and length are the authenticated associated data of the seal. Not an API.
 */
public final class CursorSeal {
    private static final byte FIRST_FORMAT = 1; // cursors of earlier versions: table, index, key, CRC-32
    private static final byte CHECKSUMMED = 2;
    private static final byte SEALED = 3;
    private static final int HEADER = 3;
    private static final int CRC = 4;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key; // null: checksummed only

    private CursorSeal(SecretKeySpec key) {
        this.key = key;
    }

    /** Readable cursors with a checksum. */
    public static CursorSeal checksummed() {
        return new CursorSeal(null);
    }

    /**
     * Cursors sealed with this AES key.
     *
     * @throws IllegalArgumentException unless the key is 16, 24 or 32 bytes long
     */
    public static CursorSeal secret(byte[] key) {
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new IllegalArgumentException("A cursor secret is an AES key of 16, 24 or 32 bytes, not " + key.length
                    + " bytes");
        }
        return new CursorSeal(new SecretKeySpec(key.clone(), "AES"));
    }

    /** The cursor text for this content. */
    public String seal(byte[] content) {
        int length = HEADER + (key == null ? content.length + CRC : NONCE + content.length + TAG_BITS / 8);
        if (length > 0xFFFF) {
            throw new IllegalStateException("Cursor content of " + content.length + " bytes is too long");
        }
        ByteBuffer out = ByteBuffer.allocate(length).put(key == null ? CHECKSUMMED : SEALED).putShort((short) length);
        if (key == null) {
            out.put(content).putInt((int) crc(out.array(), HEADER + content.length));
        } else {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            out.put(nonce).put(crypt(Cipher.ENCRYPT_MODE, nonce, out.array(), content));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(out.array());
    }

    /**
     * The content of a cursor made by {@link #seal}.
     *
     * @throws InvalidCursorException saying what is wrong: not a cursor, truncated, altered, or sealed otherwise
     */
    public byte[] open(String cursor) {
        byte[] all = decode(cursor);
        byte mode = all[0];
        if (mode == FIRST_FORMAT) {
            throw new InvalidCursorException("Cursor was made by an earlier version of Dynamodel; start the query"
                    + " again without it");
        }
        if (mode != CHECKSUMMED && mode != SEALED) {
            throw new InvalidCursorException("Cursor is not one this library made (unknown format)");
        }
        int declared = ByteBuffer.wrap(all, 1, 2).getShort() & 0xFFFF;
        if (all.length < declared) {
            throw new InvalidCursorException("Cursor is truncated: it has " + all.length + " of its " + declared
                    + " bytes; pass the whole text page() returned");
        }
        if (all.length > declared) {
            throw new InvalidCursorException("Cursor is " + (all.length - declared) + " bytes longer than it says: it was"
                    + " altered or is not one this library made");
        }
        if (mode == SEALED && key == null) {
            throw new InvalidCursorException("Cursor is sealed with a secret, but this Dynamo has no cursorSecret;"
                    + " resume it with the same secret that made it");
        }
        if (mode == CHECKSUMMED && key != null) {
            throw new InvalidCursorException("Cursor is not sealed, but this Dynamo seals cursors with its"
                    + " cursorSecret: it was made without the secret, or forged");
        }
        return key == null ? checked(all) : unsealed(all);
    }

    private static byte[] decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            throw new InvalidCursorException("Cursor is empty");
        }
        for (int i = 0; i < cursor.length(); i++) {
            char c = cursor.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                throw new InvalidCursorException("Cursor is not one this library made: character " + i
                        + " is not URL-safe base64 (A-Z, a-z, 0-9, '-', '_')");
            }
        }
        // A last character that completes no byte can only be the start of a character group that was cut off.
        String whole = cursor.length() % 4 == 1 ? cursor.substring(0, cursor.length() - 1) : cursor;
        byte[] all = Base64.getUrlDecoder().decode(whole);
        if (all.length < HEADER) {
            throw new InvalidCursorException("Cursor is not one this library made: " + cursor.length()
                    + " characters are too few for any cursor");
        }
        return all;
    }

    private static byte[] checked(byte[] all) {
        int end = all.length - CRC;
        if (end < HEADER || (int) crc(all, end) != ByteBuffer.wrap(all, end, CRC).getInt()) {
            throw new InvalidCursorException("Cursor was altered: its checksum does not match its content");
        }
        return Arrays.copyOfRange(all, HEADER, end);
    }

    private byte[] unsealed(byte[] all) {
        if (all.length < HEADER + NONCE + TAG_BITS / 8) {
            throw new InvalidCursorException("Cursor was altered: it is too short to hold a sealed content");
        }
        byte[] nonce = Arrays.copyOfRange(all, HEADER, HEADER + NONCE);
        return crypt(Cipher.DECRYPT_MODE, nonce, all, Arrays.copyOfRange(all, HEADER + NONCE, all.length));
    }

    /** AES-GCM over {@code input}, authenticating the header at the start of {@code withHeader}. */
    private byte[] crypt(int mode, byte[] nonce, byte[] withHeader, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(withHeader, 0, HEADER);
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new InvalidCursorException("Cursor was altered or sealed with another secret: it does not"
                    + " authenticate", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    private static long crc(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }
}
