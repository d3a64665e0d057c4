package dev.dynamodel.tests.rules;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One field per standard constraint not shown on {@link Member}, on every kind of value it applies to. */
@Entity
public record Constrained(
        @HashKey String id,
        @Positive int quantity,
        @PositiveOrZero Long stock,
        @Negative Integer debt,
        @NegativeOrZero short delta,
        @DecimalMin("0.01") @DecimalMax(value = "1000", inclusive = false) @Digits(integer = 3, fraction = 2) BigDecimal price,
        @DecimalMin("2.5") Integer atLeastThree,
        @Max(10) Double ratio,
        @Min(1) BigInteger big,
        @Past Instant born,
        @PastOrPresent LocalDate joined,
        @Future LocalDateTime renewal,
        @FutureOrPresent OffsetDateTime deadline,
        @AssertTrue Boolean accepted,
        @AssertFalse boolean banned,
        @Null String legacy,
        @NotEmpty Map<String, Integer> scores,
        @Size(min = 1, max = 4) byte[] code,
        @Size(min = 2) Set<String> labels,
        List<@NotNull @Positive Integer> counts,
        Map<String, List<@Size(min = 2) String>> groups,
        double plain) {
}
