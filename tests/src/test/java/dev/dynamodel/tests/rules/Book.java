package dev.dynamodel.tests.rules;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.ValidateWith;
import java.util.List;

// tag::book[]
@Entity
@ValidateWith(PriceRule.class)
public record Book(
        @HashKey @ValidateWith(IsbnValidator.class) String isbn,
        Integer listPrice,
        Integer salePrice,
        List<@ValidateWith(IsbnValidator.class) String> related) {
}
// end::book[]
