package dev.dynamodel.tests.conveniences;

import dev.dynamodel.annotation.AutoId;
import dev.dynamodel.annotation.Default;
import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.IdKind;
import dev.dynamodel.annotation.Timestamps;
import dev.dynamodel.annotation.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.Set;

/** A versioned, timestamped record with rules and a ULID key: for patches, builders and generated ids. */
// tag::parcel[]
@Entity(table = "parcels")
@Timestamps
public record Parcel(
        @HashKey @AutoId(IdKind.ULID) String id,
        @NotBlank String carrier,
        @Min(0) Integer weightGrams,
        @Email String contact,
        Set<String> labels,
        @Default("NEW") String status,
        Instant createdAt,
        Instant updatedAt,
        @Version Long version) {
}
// end::parcel[]
