package dev.dynamodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the example as {@code exec:java} would and checks that each step printed what it claims. */
class GettingStartedTest {

    @Test
    void main_walksThroughEveryOperation_andPrintsEachOutcome() {
        List<String> lines = runMain();

        assertEquals(7, lines.size(), () -> "one line per printed step, got " + lines);
        assertEquals("created table Books", lines.get(0));
        assertEquals("created 978-0134685991", lines.get(1));
        assertEquals("create again: Item already exists in table Books (key: isbn)", lines.get(2));
        assertEquals("get: Book[isbn=978-0134685991, title=Effective Java, authors=[Joshua Bloch], "
                + "published=2018-01-06, price=45.99, publisher=Publisher[name=Addison-Wesley, city=Boston], "
                + "tags=[java]]", lines.get(3));
        assertEquals("projected: Book[isbn=978-0134685991, title=Effective Java, authors=null, published=null, "
                + "price=null, publisher=Publisher[name=null, city=Boston], tags=null]", lines.get(4));
        // save replaced the whole item; the empty tag set was left out and so reads back as null
        assertEquals("after save: Book[isbn=978-0134685991, title=Effective Java, authors=[Joshua Bloch], "
                + "published=2018-01-06, price=39.99, publisher=Publisher[name=Addison-Wesley, city=Boston], "
                + "tags=null]", lines.get(5));
        assertEquals("after delete: Optional.empty", lines.get(6));
        assertEquals(DocumentedOutput.of("getting-started.md"), lines, "docs/getting-started.md shows what it prints");
    }

    private static List<String> runMain() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            GettingStarted.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
