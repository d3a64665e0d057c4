package dev.dynamodel.benchmarks.shapes.validated;

import dev.dynamodel.annotation.Default;
import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.OneOf;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * The validated shape: a sign-up form whose every field but the timestamp carries rules, as a
 * worst case for the cost of the write pipeline (defaults + validation) against the mapping itself.
 * Only dynamodel declares it; the benchmark compares dynamodel with and without its rules.
 *
 * <pre>{@code
 * Signup ready = SignupSchema.INSTANCE.prepareForWrite(Signup.sample(), WriteKind.SAVE, clock);
 * Map<String, AttributeValue> item = SignupSchema.INSTANCE.toItem(ready);
 * }</pre>
 */
// tag::signup[]
@Entity(table = "Signups")
public record Signup(
        @HashKey @NotBlank @Size(max = 40) String id,
        @NotBlank @Email String email,
        @NotBlank @Size(max = 80) String name,
        @Min(13) @Max(150) int age,
        @Pattern(regexp = "[A-Z]{2}") String country,
        @Size(max = 10) List<@NotBlank @Size(max = 20) String> interests,
        @Default("free") @OneOf({"free", "pro", "team"}) String plan,
        @PositiveOrZero long creditCents,
        Instant signedUpAt) {

    /** A valid instance with every field set, so no default applies and no violation is built. */
    public static Signup sample() {
        return new Signup("signup-000123", "ada.lovelace@example.org", "Ada Lovelace", 36, "GB",
                List.of("mathematics", "engines", "poetry", "music"), "pro", 2_500L,
                Instant.parse("2024-05-01T10:15:30.123Z"));
    }
}
// end::signup[]
