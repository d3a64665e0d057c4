package dev.dynamodel.processor.model;

import com.palantir.javapoet.ClassName;
import java.math.BigDecimal;
import java.util.List;

/**
 * One rule a value must keep, read from a jakarta.validation constraint or a Dynamodel annotation
 * and already checked to fit the value's type.
 *
 * @param rule    the short name reported in a violation ({@code "NotNull"}, {@code "Size"})
 * @param message the text reported; ignored for {@link Custom}, whose validator supplies it
 * @param check   what is checked
 */
public record Constraint(String rule, String message, Check check) {

    /** What a constraint checks. Null values pass every check but {@link NotNull}, {@link NotBlank} and {@link NotEmpty}. */
    public sealed interface Check {
    }

    /** {@code @NotNull}, and the null part of {@code @NotBlank} / {@code @NotEmpty}. */
    public record NotNull() implements Check {
    }

    /** {@code @Null}. */
    public record IsNull() implements Check {
    }

    /** {@code @NotBlank}: null fails too. */
    public record NotBlank() implements Check {
    }

    /** {@code @NotEmpty}: null fails too. */
    public record NotEmpty() implements Check {
    }

    /** {@code @Size}: inclusive bounds on the length or size. */
    public record Size(int min, int max) implements Check {
    }

    /**
     * A bound on a number: {@code @Min}, {@code @Max}, {@code @DecimalMin}, {@code @DecimalMax},
     * {@code @Positive} and kin.
     *
     * @param lower     true for a lower bound (the value must be at least / above it)
     * @param inclusive whether the bound itself is allowed
     */
    public record Bound(BigDecimal value, boolean lower, boolean inclusive) implements Check {
    }

    /** {@code @Digits}: at most that many digits before and after the decimal point. */
    public record Digits(int integer, int fraction) implements Check {
    }

    /** {@code @Pattern} (or the {@code regexp} of {@code @Email}): the whole string matches. */
    public record Matches(String regex, List<String> flags) implements Check {
    }

    /** {@code @Email}: a well-formed address. */
    public record Email() implements Check {
    }

    /** {@code @Past}, {@code @PastOrPresent}, {@code @Future}, {@code @FutureOrPresent}. */
    public record Temporal(boolean past, boolean orPresent) implements Check {
    }

    /** {@code @AssertTrue} / {@code @AssertFalse}. */
    public record Assert(boolean expected) implements Check {
    }

    /** {@code @OneOf}: for an enum, constant names. */
    public record OneOf(List<String> values) implements Check {
    }

    /** {@code @ValidateWith}: a user's validator, held in a static field of the schema. */
    public record Custom(ClassName validator) implements Check {
    }

    /** Built in: a number DynamoDB can store (38 digits, its range; no NaN or infinity). */
    public record Storable() implements Check {
    }
}
