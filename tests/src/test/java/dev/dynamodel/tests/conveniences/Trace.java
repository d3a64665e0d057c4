package dev.dynamodel.tests.conveniences;

import dev.dynamodel.annotation.AutoId;
import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.IdKind;
import dev.dynamodel.annotation.RangeKey;
import java.util.UUID;

/** UUID identifiers: a v7 {@code UUID} partition key, a v4 sort key kept as text. */
// tag::trace[]
@Entity(table = "traces")
public record Trace(
        @HashKey @AutoId(IdKind.UUID_V7) UUID id,
        @RangeKey @AutoId(IdKind.UUID_V4) String span,
        String note) {
}
// end::trace[]
