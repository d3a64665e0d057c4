package dev.dynamodel.tests.entities;

import dev.dynamodel.annotation.Convert;
import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.RangeKey;
import dev.dynamodel.annotation.Version;
import jakarta.validation.constraints.Size;

/** An item whose key and fields hold secrets: exception messages must name its paths, never its values. */
@Entity(table = "vaults")
public record Vault(
        @HashKey String owner,
        @RangeKey String slot,
        @Size(max = 40) String secret,
        Integer uses,
        Address address,
        @Convert(PinConverter.class) Pin pin,
        @Version Long version) {
}
