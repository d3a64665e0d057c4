package dev.dynamodel.examples.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocalExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The API handler, invoked with API Gateway proxy events against embedded DynamoDB Local. */
@ExtendWith(DynamoLocalExtension.class)
class TaskApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TASKS = "/lists/{listId}/tasks";
    private static final String TASK = "/lists/{listId}/tasks/{taskId}";
    private static TaskApi api;

    @BeforeAll
    static void createTables(Dynamo dynamo) {
        Backend backend = Backend.of(dynamo);
        LocalTables.create(backend);
        api = new TaskApi(backend);
    }

    static APIGatewayProxyResponseEvent call(TaskApi api, String method, String resource, String path, String body) {
        return api.handleRequest(Events.request(method, resource, path, body), null);
    }

    private static APIGatewayProxyResponseEvent call(String method, String resource, String path, String body) {
        return call(api, method, resource, path, body);
    }

    static JsonNode body(APIGatewayProxyResponseEvent response) throws Exception {
        return JSON.readTree(response.getBody());
    }

    @Test
    void post_thenGet_answersTheStoredTask() throws Exception {
        APIGatewayProxyResponseEvent created = call("POST", TASKS, "/lists/l1/tasks", "{\"taskId\":\"t1\",\"title\":\"Milk\"}");
        APIGatewayProxyResponseEvent read = call("GET", TASK, "/lists/l1/tasks/t1", null);

        assertEquals(201, created.getStatusCode());
        assertEquals("application/json", created.getHeaders().get("Content-Type"));
        assertEquals(JSON.readTree("{\"listId\":\"l1\",\"taskId\":\"t1\",\"title\":\"Milk\",\"done\":false,\"version\":1}"),
                body(created));
        assertEquals(200, read.getStatusCode());
        assertEquals(body(created), body(read));
    }

    @Test
    void get_ofAMissingTask_is404() throws Exception {
        APIGatewayProxyResponseEvent response = call("GET", TASK, "/lists/l1/tasks/nope", null);

        assertEquals(404, response.getStatusCode());
        assertEquals("No such task", body(response).get("error").asText());
    }

    @Test
    void post_ofATakenId_is409() throws Exception {
        call("POST", TASKS, "/lists/l2/tasks", "{\"taskId\":\"t1\",\"title\":\"Milk\"}");

        APIGatewayProxyResponseEvent again = call("POST", TASKS, "/lists/l2/tasks", "{\"taskId\":\"t1\",\"title\":\"Eggs\"}");

        assertEquals(409, again.getStatusCode());
        assertEquals("Milk", body(call("GET", TASK, "/lists/l2/tasks/t1", null)).get("title").asText(),
                "the first task is untouched");
    }

    @Test
    void post_ofInvalidValues_is400WithEveryViolationsPath_andStoresNothing() throws Exception {
        APIGatewayProxyResponseEvent response =
                call("POST", TASKS, "/lists/l3/tasks", "{\"taskId\":\"Not An Id\",\"title\":\" \"}");

        assertEquals(400, response.getStatusCode());
        assertEquals("{\"error\":\"Invalid Task\",\"violations\":["
                + "{\"path\":\"taskId\",\"rule\":\"Pattern\",\"message\":\"must match \\\"[a-z0-9-]{1,36}\\\"\"},"
                + "{\"path\":\"title\",\"rule\":\"NotBlank\",\"message\":\"must not be blank\"}]}",
                response.getBody());
        assertFalse(response.getBody().contains("Not An Id"), "no value sent back");
        assertEquals(0, body(call("GET", TASKS, "/lists/l3/tasks", null)).size());
    }

    @Test
    void post_ofABodyThatIsNotJson_is400WithoutEchoingIt() throws Exception {
        APIGatewayProxyResponseEvent response = call("POST", TASKS, "/lists/l4/tasks", "{\"taskId\": secret");

        assertEquals(400, response.getStatusCode());
        assertEquals("The body is not a valid NewTask at line 1, column 12", body(response).get("error").asText());
    }

    @Test
    void put_withAStaleVersion_is409_andWithTheCurrentOneSucceeds() throws Exception {
        call("POST", TASKS, "/lists/l5/tasks", "{\"taskId\":\"t1\",\"title\":\"Milk\"}");
        APIGatewayProxyResponseEvent first =
                call("PUT", TASK, "/lists/l5/tasks/t1", "{\"title\":\"Oat milk\",\"done\":false,\"version\":1}");

        APIGatewayProxyResponseEvent stale =
                call("PUT", TASK, "/lists/l5/tasks/t1", "{\"title\":\"Soy milk\",\"done\":true,\"version\":1}");

        assertEquals(200, first.getStatusCode());
        assertEquals(2, body(first).get("version").asLong());
        assertEquals(409, stale.getStatusCode());
        assertEquals("Oat milk", body(call("GET", TASK, "/lists/l5/tasks/t1", null)).get("title").asText());
    }

    @Test
    void delete_is204_thenTheTaskIsGone_andASecondDeleteIs404() {
        call("POST", TASKS, "/lists/l6/tasks", "{\"taskId\":\"t1\",\"title\":\"Milk\"}");

        assertEquals(204, call("DELETE", TASK, "/lists/l6/tasks/t1", null).getStatusCode());
        assertEquals(404, call("GET", TASK, "/lists/l6/tasks/t1", null).getStatusCode());
        assertEquals(404, call("DELETE", TASK, "/lists/l6/tasks/t1", null).getStatusCode());
    }

    @Test
    void getTasks_queriesTheListsPartition_inTaskIdOrder() throws Exception {
        call("POST", TASKS, "/lists/l7/tasks", "{\"taskId\":\"b\",\"title\":\"Two\"}");
        call("POST", TASKS, "/lists/l7/tasks", "{\"taskId\":\"a\",\"title\":\"One\"}");
        call("POST", TASKS, "/lists/l8/tasks", "{\"taskId\":\"c\",\"title\":\"Elsewhere\"}");

        JsonNode tasks = body(call("GET", TASKS, "/lists/l7/tasks", null));

        assertEquals(2, tasks.size());
        assertEquals("One", tasks.get(0).get("title").asText());
        assertEquals("Two", tasks.get(1).get("title").asText());
    }

    @Test
    void unknownRoute_is404() throws Exception {
        APIGatewayProxyResponseEvent response = call("PATCH", TASK, "/lists/l1/tasks/t1", "{}");

        assertEquals(404, response.getStatusCode());
        assertEquals("No route PATCH /lists/{listId}/tasks/{taskId}", body(response).get("error").asText());
    }
}
