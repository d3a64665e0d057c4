package dev.dynamodel.tests.rules;

import dev.dynamodel.annotation.Default;
import dev.dynamodel.annotation.DefaultSupplier;
import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.OneOf;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

// tag::member[]
@Entity(table = "Members")
public record Member(
        @HashKey @DefaultSupplier(RandomId.class) String id,
        @NotBlank @Email String email,
        @Default("MEMBER") Role role,
        @Min(0) @Max(150) Integer age,
        @Size(max = 3) List<@NotBlank @Size(max = 20) String> tags,
        @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter country code") String country,
        @OneOf({"free", "pro"}) String plan,
        PostalAddress address,
        Map<String, @Email String> contacts) {
}
// end::member[]
