package dev.dynamodel.examples;

import dev.dynamodel.Dynamo;
import dev.dynamodel.exception.ItemAlreadyExistsException;
import dev.dynamodel.local.DynamoLocal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A tour of the basic operations on the {@link Book} entity, run on an embedded DynamoDB Local:
 * create a table, create an item (twice), get, save, delete. It prints what it does and exits.
 *
 * <pre>{@code
 * mvn -q -pl examples -am package exec:java -DskipTests
 * }</pre>
 *
 * <p>The documentation's snippets are the regions between {@code tag::} and {@code end::}
 * comments; the docs module checks that the two stay the same.
 */
public final class GettingStarted {
    private GettingStarted() {
    }

    public static void main(String[] args) {
        // tag::readme[]
        // tag::open[]
        try (Dynamo dynamo = DynamoLocal.embedded()) {
            BookModel books = BookModel.of(dynamo);
            books.createTable();
            System.out.println("created table " + books.tableName());
            // end::open[]
            // tag::create[]
            Book book = new Book("978-0134685991", "Effective Java", List.of("Joshua Bloch"),
                    LocalDate.of(2018, 1, 6), new BigDecimal("45.99"),
                    new Publisher("Addison-Wesley", "Boston"), Set.of("java"));
            books.create(book);
            System.out.println("created " + book.isbn());
            // end::create[]
            // tag::create-twice[]
            try {
                books.create(book);
            } catch (ItemAlreadyExistsException e) {
                System.out.println("create again: " + e.getMessage());
            }
            // end::create-twice[]
            // tag::get[]
            Optional<Book> found = books.get("978-0134685991");
            System.out.println("get: " + found.orElseThrow());
            // end::get[]
            // tag::get-options[]
            Book latest = books.find("978-0134685991").consistentRead().get().orElseThrow();
            Book summary = books.find(latest.isbn()).select(BookSchema.TITLE, BookSchema.PUBLISHER.city())
                    .get().orElseThrow();
            System.out.println("projected: " + summary);
            // end::get-options[]
            // tag::save[]
            books.save(new Book(book.isbn(), book.title(), book.authors(), book.published(),
                    new BigDecimal("39.99"), book.publisher(), Set.of()));
            System.out.println("after save: " + books.get(book.isbn()).orElseThrow());
            // end::save[]
            // tag::delete[]
            books.delete(book.isbn());
            System.out.println("after delete: " + books.get(book.isbn()));
            // end::delete[]
        }
        // end::readme[]
    }
}
