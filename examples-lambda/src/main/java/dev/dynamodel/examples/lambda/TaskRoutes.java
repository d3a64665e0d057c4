package dev.dynamodel.examples.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.dynamodel.exception.ConditionFailedException;
import java.util.Map;

/** Each route of {@link TaskApi}: request in, model call, response out. */
final class TaskRoutes {
    private final TaskModel tasks;
    private final TaskListModel lists;

    TaskRoutes(Backend backend) {
        this.tasks = backend.tasks();
        this.lists = backend.lists();
    }

    /** A new task's body: its id and title; it starts not done, at version 1. */
    record NewTask(String taskId, String title) {
    }

    /** A replacement's body: the version read, so that a concurrent change is not overwritten. */
    record TaskChange(String title, Boolean done, Long version) {
    }

    APIGatewayProxyResponseEvent handle(String method, String resource, Map<String, String> path, String body) {
        String listId = path.get("listId");
        String taskId = path.get("taskId");
        switch (method + " " + resource) {
            case "GET /lists/{listId}":
                return lists.get(listId).map(list -> Responses.json(200, list))
                        .orElseGet(() -> Responses.error(404, "No such list"));
            case "GET /lists/{listId}/tasks":
                return Responses.json(200, tasks.query(TaskSchema.LIST_ID.eq(listId)).limit(100).list());
            case "POST /lists/{listId}/tasks":
                return create(listId, Json.read(body, NewTask.class));
            case "GET /lists/{listId}/tasks/{taskId}":
                return tasks.get(listId, taskId).map(task -> Responses.json(200, task))
                        .orElseGet(() -> Responses.error(404, "No such task"));
            case "PUT /lists/{listId}/tasks/{taskId}":
                return replace(listId, taskId, Json.read(body, TaskChange.class));
            case "DELETE /lists/{listId}/tasks/{taskId}":
                return delete(listId, taskId);
            default:
                return Responses.error(404, "No route " + method + " " + resource);
        }
    }

    // tag::create[]
    private APIGatewayProxyResponseEvent create(String listId, NewTask body) {
        // create() fails with ItemAlreadyExistsException (409) if the id is taken, and with
        // ValidationException (400, every violation's path) before anything is sent.
        Task created = tasks.create(new Task(listId, body.taskId(), body.title(), null, null));
        return Responses.json(201, created);
    }
    // end::create[]

    private APIGatewayProxyResponseEvent replace(String listId, String taskId, TaskChange body) {
        if (body.version() == null) {
            throw new BadRequestException("A replacement needs the version it replaces");
        }
        // The stored version must still be body.version(), else VersionConflictException (409).
        return Responses.json(200, tasks.save(new Task(listId, taskId, body.title(), body.done(), body.version())));
    }

    private APIGatewayProxyResponseEvent delete(String listId, String taskId) {
        try {
            // Without the condition a delete of nothing succeeds; with it, "nothing to delete" is told apart.
            tasks.delete(listId, taskId, TaskSchema.TASK_ID.exists());
        } catch (ConditionFailedException absent) {
            return Responses.error(404, "No such task");
        }
        return Responses.noContent();
    }
}
