package dev.dynamodel.examples.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.local.StreamRecords;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The whole flow on embedded DynamoDB Local: requests through the API handler, the table's stream
 * read with the Streams client and handed to the stream handler as Lambda would, and the effect read
 * back through the API.
 */
@ExtendWith(DynamoLocalExtension.class)
class ServerlessFlowTest {

    // tag::flow-test[]
    @Test
    void tasksWrittenThroughTheApi_areCountedByTheStreamHandler(Dynamo dynamo, DynamoDbStreamsClient streams)
            throws Exception {
        Backend backend = Backend.of(dynamo);
        LocalTables.create(backend);
        TaskApi api = new TaskApi(backend);
        TaskCounter counter = new TaskCounter(backend);

        String tasks = "/lists/{listId}/tasks";
        String task = "/lists/{listId}/tasks/{taskId}";
        TaskApiTest.call(api, "POST", tasks, "/lists/home/tasks", "{\"taskId\":\"t1\",\"title\":\"Milk\"}");
        TaskApiTest.call(api, "POST", tasks, "/lists/home/tasks", "{\"taskId\":\"t2\",\"title\":\"Eggs\"}");
        TaskApiTest.call(api, "POST", tasks, "/lists/home/tasks", "{\"taskId\":\"t3\",\"title\":\"Jam\"}");
        TaskApiTest.call(api, "PUT", task, "/lists/home/tasks/t1", "{\"title\":\"Milk\",\"done\":true,\"version\":1}");
        TaskApiTest.call(api, "DELETE", task, "/lists/home/tasks/t2", null);

        // What Lambda's event source mapping would deliver: the stream's records as a DynamodbEvent.
        String table = backend.tasks().tableName();
        List<Record> records = StreamRecords.read(dynamo.client(), streams, table);
        String streamArn = dynamo.client().describeTable(r -> r.tableName(table)).table().latestStreamArn();
        StreamsEventResponse handled =
                counter.handleRequest(Events.streamEvent(StreamRecords.lambdaEventJson(records, streamArn)), null);

        APIGatewayProxyResponseEvent list = TaskApiTest.call(api, "GET", "/lists/{listId}", "/lists/home", null);
        assertEquals(List.of(), handled.getBatchItemFailures());
        assertEquals(5, records.size());
        assertEquals(200, list.getStatusCode());
        assertEquals(new ObjectMapper().readTree("{\"listId\":\"home\",\"tasks\":2,\"done\":1}"),
                TaskApiTest.body(list));
    }
    // end::flow-test[]
}
