package dev.dynamodel.tests.rules;

import dev.dynamodel.annotation.Attribute;
import dev.dynamodel.annotation.Document;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A nested document with rules of its own: they are checked wherever it is stored. */
@Document
public record PostalAddress(
        @NotBlank String city,
        @Pattern(regexp = "[0-9]{4,5}") @Attribute("zip_code") String zip) {
}
