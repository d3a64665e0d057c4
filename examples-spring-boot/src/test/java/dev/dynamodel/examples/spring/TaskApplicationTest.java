package dev.dynamodel.examples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * The whole application on a random port, on a fresh embedded DynamoDB Local: CRUD and a query
 * over HTTP, checked through the injected model.
 */
// tag::test[]
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dynamodel.local.enabled=true", "dynamodel.table-prefix=test_"})
class TaskApplicationTest {
    @Autowired
    TaskModel tasks;                 // the same bean the controller uses

    @Value("${local.server.port}")
    int port;

    String board = "board-" + UUID.randomUUID();   // each test its own partition: the context is shared
    RestClient http;

    @BeforeEach
    void client() {
        http = RestClient.builder().baseUrl("http://localhost:" + port + "/boards/" + board + "/tasks")
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { }).build();
    }

    @Test
    void createReadQueryUpdateDelete_overHttp() {
        Task created = http.post().contentType(MediaType.APPLICATION_JSON).body(Map.of("title", "Write docs"))
                .retrieve().body(Task.class);
        http.post().contentType(MediaType.APPLICATION_JSON).body(Map.of("title", "Ship it")).retrieve().toBodilessEntity();

        assertEquals(Optional.of(created), tasks.get(board, created.id()));          // stored, as returned
        assertEquals(created, http.get().uri("/{id}", created.id()).retrieve().body(Task.class));

        Task done = http.put().uri("/{id}/done", created.id()).retrieve().body(Task.class);
        assertTrue(done.done());
        assertEquals(created.version() + 1, done.version());

        List<Task> open = http.get().uri("?done=false").retrieve().body(new ParameterizedTypeReference<List<Task>>() { });
        assertEquals(List.of("Ship it"), open.stream().map(Task::title).toList());
        assertEquals(2, http.get().retrieve().body(new ParameterizedTypeReference<List<Task>>() { }).size());

        assertEquals(204, http.delete().uri("/{id}", created.id()).retrieve().toBodilessEntity().getStatusCode().value());
        assertFalse(tasks.get(board, created.id()).isPresent());
        assertEquals(404, http.get().uri("/{id}", created.id()).retrieve().toBodilessEntity().getStatusCode().value());
    }
    // end::test[]

    @Test
    void blankTitle_isRefusedWithTheViolation_andNothingIsStored() {
        ResponseEntity<String> response = http.post().contentType(MediaType.APPLICATION_JSON).body(Map.of("title", " "))
                .retrieve().toEntity(String.class);

        assertEquals(400, response.getStatusCode().value());
        assertTrue(response.getBody().contains("title"), response.getBody());
        assertEquals(List.of(), tasks.query(TaskSchema.BOARD.eq(board)).list());
    }

    @Test
    void markingAMissingTaskDone_isNotFound() {
        assertEquals(404, http.put().uri("/{id}/done", "no-such-task").retrieve().toBodilessEntity().getStatusCode().value());
    }

    @Test
    void theModelRunsOnTheEmbeddedDatabase_withThePrefixedTableCreated(@Autowired Dynamo dynamo) {
        assertNotNull(dynamo);
        assertEquals("test_tasks", tasks.tableName());
        assertTrue(dynamo.client().listTables().tableNames().contains("test_tasks"));
    }
}
