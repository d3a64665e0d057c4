package dev.dynamodel.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void isEmail_acceptsWellFormedAddresses() {
        for (String ok : List.of("a@b", "ada@example.com", "first.last+tag@sub.example.co.uk", "x@[127.0.0.1]",
                "o'neil@example.org", "ünïcode@exämple.de", "a@b-c.d")) {
            assertTrue(Checks.isEmail(ok), ok);
        }
    }

    @Test
    void isEmail_refusesMalformedAddresses() {
        for (String bad : List.of("", "@", "a@", "@b", "no at sign", "a b@c.d", "a@b c.d", ".a@b.c", "a.@b.c", "a..b@c.d",
                "a@b..c", "a@.b", "a@b.", "a@-b.c", "a@b-.c", "a@b_c.d", "a\"b@c.d", "a@[]", "a(b)@c.d",
                "x".repeat(65) + "@b.c", "a@" + "b".repeat(64) + ".c")) {
            assertFalse(Checks.isEmail(bad), bad);
        }
    }

    @Test
    void storable_followsDynamoDbsNumberLimits() {
        assertTrue(Checks.storable(new BigDecimal("99999999999999999999999999999999999999")));
        assertFalse(Checks.storable(new BigDecimal("999999999999999999999999999999999999991")));
        assertTrue(Checks.storable(new BigDecimal("1.000000000000000000000000000000000000000000")), "trailing zeros do not count");
        assertTrue(Checks.storable(new BigDecimal("1E-130")));
        assertFalse(Checks.storable(new BigDecimal("9E-131")));
        assertTrue(Checks.storable(new BigDecimal("9.9E+125")));
        assertFalse(Checks.storable(new BigDecimal("1E+126")));
        assertTrue(Checks.storable(BigDecimal.ZERO));
        assertTrue(Checks.storable(BigInteger.TEN.pow(100)));
        assertFalse(Checks.storable(BigInteger.TEN.pow(38).add(BigInteger.ONE)));
        assertTrue(Checks.storable(1.5e-100));
        assertTrue(Checks.storable(0.0));
        assertFalse(Checks.storable(Double.NaN));
        assertFalse(Checks.storable(Double.POSITIVE_INFINITY));
        assertFalse(Checks.storable(Double.MAX_VALUE));
        assertFalse(Checks.storable(1e-300));
    }

    @Test
    void digits_countLikeJakartaDigits() {
        assertEquals(3, Checks.integerDigits(new BigDecimal("123.4500")));
        assertEquals(2, Checks.fractionDigits(new BigDecimal("123.4500")));
        assertEquals(0, Checks.fractionDigits(new BigDecimal("1E+3")));
        assertEquals(4, Checks.integerDigits(new BigDecimal("1E+3")));
    }
}
