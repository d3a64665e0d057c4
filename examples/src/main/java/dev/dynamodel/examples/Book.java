package dev.dynamodel.examples;

// tag::entity[]
import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A book in a shop's catalogue, stored in table {@code Books} under its ISBN. */
// tag::record[]
@Entity(table = "Books")
public record Book(
        @HashKey String isbn,
        String title,
        List<String> authors,
        LocalDate published,
        BigDecimal price,
        Publisher publisher,
        Set<String> tags) {
}
// end::record[]
// end::entity[]
