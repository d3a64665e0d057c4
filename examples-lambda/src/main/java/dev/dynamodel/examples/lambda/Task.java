package dev.dynamodel.examples.lambda;

import dev.dynamodel.annotation.Default;
import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.RangeKey;
import dev.dynamodel.annotation.Table;
import dev.dynamodel.annotation.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

// tag::entity[]
/** One task of a to-do list; the tasks of a list share a partition. */
// tag::stream[]
@Entity(table = "Tasks")
@Table(stream = Table.Stream.NEW_AND_OLD_IMAGES)   // the view TaskCounter reads
// end::stream[]
public record Task(
        @HashKey String listId,
        @RangeKey @Pattern(regexp = "[a-z0-9-]{1,36}") String taskId,
        @NotBlank @Size(max = 200) String title,
        @Default("false") Boolean done,
        @Version Long version) {
}
// end::entity[]
