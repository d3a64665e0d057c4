package dev.dynamodel.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.tests.entities.Movie;
import dev.dynamodel.tests.entities.MovieModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every request is logged at debug level with its operation and table, and never with item values
 * (slf4j-simple writes to System.err; the tests module sets the request logger to debug).
 */
@ExtendWith(DynamoLocalExtension.class)
class RequestLoggingTest {

    @Test
    void requests_areLoggedWithOperationAndTable_withoutItemValues(Dynamo dynamo) {
        MovieModel movies = MovieModel.of(dynamo);
        movies.createTableIfNotExists();
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            movies.save(new Movie(1977, "Secret-Plot-Value", null));
            movies.get(1977, "Secret-Plot-Value");
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("PutItem table=RequestLoggingTest_Movies"), log);
        assertTrue(log.contains("GetItem table=RequestLoggingTest_Movies"), log);
        assertFalse(log.contains("Secret-Plot-Value"), log);
    }
}
