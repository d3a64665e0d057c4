package dev.dynamodel.tests.rules;

import dev.dynamodel.AttributeConverter;
import java.math.BigDecimal;

// tag::converter[]
/** Stores money as one string, such as {@code "EUR 12.50"}. */
public final class MoneyConverter implements AttributeConverter<Money, String> {
    @Override
    public String toStored(Money value) {
        return value.currency() + " " + value.amount().toPlainString();
    }

    @Override
    public Money fromStored(String stored) {
        int space = stored.indexOf(' ');
        return new Money(stored.substring(0, space), new BigDecimal(stored.substring(space + 1)));
    }
}
// end::converter[]
