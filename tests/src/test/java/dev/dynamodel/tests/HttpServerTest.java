package dev.dynamodel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.exception.ItemAlreadyExistsException;
import dev.dynamodel.local.DynamoLocal;
import dev.dynamodel.local.LocalServer;
import dev.dynamodel.tests.entities.Movie;
import dev.dynamodel.tests.entities.MovieModel;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The same model calls over DynamoDB Local's HTTP server: the SDK's real HTTP, signing and JSON path. */
class HttpServerTest {

    @Test
    void crud_overHttp(){
        try (LocalServer server = DynamoLocal.server(); Dynamo dynamo = server.dynamo()) {
            assertTrue(server.endpoint().toString().startsWith("http://localhost:"));
            MovieModel movies = MovieModel.of(dynamo);
            movies.createTable();
            Movie movie = new Movie(1999, "The Matrix", null);
            movies.create(movie);
            assertThrows(ItemAlreadyExistsException.class, () -> movies.create(movie));
            assertEquals(Optional.of(movie), movies.get(1999, "The Matrix"));
            movies.delete(1999, "The Matrix");
            assertEquals(Optional.empty(), movies.get(1999, "The Matrix"));
            movies.deleteTable();
        }
    }
}
