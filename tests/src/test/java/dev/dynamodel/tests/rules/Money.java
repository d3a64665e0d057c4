package dev.dynamodel.tests.rules;

import java.math.BigDecimal;

/** A user type Dynamodel does not know: stored through {@link MoneyConverter}. */
public record Money(String currency, BigDecimal amount) {
    public static Money of(String currency, String amount) {
        return new Money(currency, new BigDecimal(amount));
    }
}
