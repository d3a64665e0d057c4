package dev.dynamodel.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The layouts of UUID v7 and ULID, and their order: by time, and monotonic within a millisecond. */
class IdsTest {
    private static final String CROCKFORD = "[0-9A-HJKMNP-TV-Z]{26}";

    @Test
    void uuidV4_isRandomVersion4() {
        UUID id = Ids.uuidV4();
        assertEquals(4, id.version());
        assertEquals(2, id.variant());
    }

    @Test
    void uuidV7_hasVersion7_theRfcVariant_andTheMillisecondsInItsFirst48Bits() {
        long before = System.currentTimeMillis();
        UUID id = Ids.uuidV7();
        long after = System.currentTimeMillis();
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        long millis = id.getMostSignificantBits() >>> 16;
        assertTrue(millis >= before && millis <= after, () -> millis + " not in [" + before + ", " + after + "]");
    }

    @Test
    void ulid_isCrockfordBase32_withTheMillisecondsInItsFirstTenCharacters() {
        long before = System.currentTimeMillis();
        String id = Ids.ulid();
        long after = System.currentTimeMillis();
        assertTrue(id.matches(CROCKFORD), id);
        long millis = 0;
        for (char c : id.substring(0, 10).toCharArray()) {
            millis = millis * 32 + "0123456789ABCDEFGHJKMNPQRSTVWXYZ".indexOf(c);
        }
        assertTrue(millis >= before && millis <= after, () -> "decoded " + id);
    }

    @Test
    void ulid_ofKnownBits_encodesTimeAndRandomnessBigEndian() {
        // The spec's largest valid ULID: 48 bits of time and 80 of randomness all set.
        assertEquals("7ZZZZZZZZZZZZZZZZZZZZZZZZZ", Ulid.of(new TimeOrdered.Value((1L << 48) - 1, 0xFFFF, -1L)));
        assertEquals("00000000010000000000000001", Ulid.of(new TimeOrdered.Value(1, 0, 1)));
        assertEquals("00000000000000000000000020", Ulid.of(new TimeOrdered.Value(0, 0, 64)));
        // Bit 64 of the randomness (the low bit of its high part) is worth 16 in the 13th character from the end.
        assertEquals("0000000000000G000000000000", Ulid.of(new TimeOrdered.Value(0, 1, 0)));
    }

    @Test
    void bothKinds_sortByCreation_inOneMillisecondAndAcrossMany() {
        List<String> ulids = new ArrayList<>();
        List<UUID> uuids = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            ulids.add(Ids.ulid());
            uuids.add(Ids.uuidV7());
        }
        for (int i = 1; i < ulids.size(); i++) {
            assertTrue(ulids.get(i - 1).compareTo(ulids.get(i)) < 0, ulids.get(i - 1) + " !< " + ulids.get(i));
            // As text (what a String key stores) and as UUIDs (what a UUID key compares).
            assertTrue(uuids.get(i - 1).toString().compareTo(uuids.get(i).toString()) < 0,
                    uuids.get(i - 1) + " !< " + uuids.get(i));
            assertTrue(uuids.get(i - 1).compareTo(uuids.get(i)) < 0, uuids.get(i - 1) + " !< " + uuids.get(i));
        }
    }

    @Test
    void withinOneMillisecond_theRandomPartCountsUpByOne() {
        TimeOrdered state = new TimeOrdered(80);
        TimeOrdered.Value first = state.next(1_000);
        TimeOrdered.Value second = state.next(1_000);
        assertEquals(1_000, second.millis());
        assertEquals(first.randomLow() + 1, second.randomLow());
        // A clock that steps back keeps counting from the last value, never going below it.
        TimeOrdered.Value third = state.next(999);
        assertEquals(1_000, third.millis());
        assertEquals(first.randomLow() + 2, third.randomLow());
        assertTrue(Ulid.of(second).compareTo(Ulid.of(third)) < 0);
    }

    @Test
    void whenTheRandomPartOverflows_theNextMillisecondIsBorrowed() {
        TimeOrdered state = new TimeOrdered(74);
        // The last value of millisecond 5: 10 high bits and 64 low bits all set (counting there would take 2^74 ids).
        state.forceForTest(5, 1023, -2L);
        TimeOrdered.Value next = state.next(5);
        assertEquals(-1L, next.randomLow());
        TimeOrdered.Value overflowed = state.next(5);
        assertEquals(6, overflowed.millis());
        assertEquals(0, overflowed.randomHigh());
        assertEquals(0, overflowed.randomLow());
        assertTrue(UuidV7.of(next).toString().compareTo(UuidV7.of(overflowed).toString()) < 0);
    }

}
