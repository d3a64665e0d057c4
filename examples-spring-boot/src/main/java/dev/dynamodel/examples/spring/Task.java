package dev.dynamodel.examples.spring;

// tag::entity[]
import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.RangeKey;
import dev.dynamodel.annotation.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One task of a board: the tasks of a board share a partition, sorted by id. */
@Entity(table = "tasks")
public record Task(
        @HashKey String board,
        @RangeKey String id,
        @NotBlank @Size(max = 200) String title,
        boolean done,
        @Version Long version) {
}
// end::entity[]
