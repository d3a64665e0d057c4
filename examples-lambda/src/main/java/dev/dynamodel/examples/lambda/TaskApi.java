package dev.dynamodel.examples.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.util.Map;

/**
 * The tasks API behind an API Gateway proxy integration (REST API, payload format 1.0):
 *
 * <pre>
 * GET    /lists/{listId}                  the list's counters (kept by TaskCounter)
 * GET    /lists/{listId}/tasks            the list's tasks
 * POST   /lists/{listId}/tasks            {"taskId": ..., "title": ...}: 201, 409 if the id is taken
 * GET    /lists/{listId}/tasks/{taskId}   the task, or 404
 * PUT    /lists/{listId}/tasks/{taskId}   {"title": ..., "done": ..., "version": ...}: 409 if the version is stale
 * DELETE /lists/{listId}/tasks/{taskId}   204, or 404
 * </pre>
 *
 * Invalid values are answered with 400 and every violation's path.
 */
// tag::api-handler[]
public final class TaskApi implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private final TaskRoutes routes;

    /** The constructor Lambda calls, once per execution environment. */
    public TaskApi() {
        this(Production.BACKEND);
    }

    /** A handler over other models: DynamoDB Local in tests. */
    public TaskApi(Backend backend) {
        this.routes = new TaskRoutes(backend);
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent request, Context context) {
        Map<String, String> path = request.getPathParameters() == null ? Map.of() : request.getPathParameters();
        try {
            return routes.handle(request.getHttpMethod(), request.getResource(), path, request.getBody());
        } catch (RuntimeException failure) {
            return Responses.failure(failure);
        }
    }
}
// end::api-handler[]
