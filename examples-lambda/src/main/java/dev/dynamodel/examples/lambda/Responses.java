package dev.dynamodel.examples.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.dynamodel.exception.ConditionFailedException;
import dev.dynamodel.exception.ItemAlreadyExistsException;
import dev.dynamodel.exception.ItemNotFoundException;
import dev.dynamodel.exception.ValidationException;
import dev.dynamodel.exception.Violation;
import java.util.List;
import java.util.Map;

/** The API's answers: JSON bodies, and the one mapping of failures to status codes. */
final class Responses {
    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    private Responses() {
    }

    static APIGatewayProxyResponseEvent json(int status, Object body) {
        return new APIGatewayProxyResponseEvent().withStatusCode(status).withHeaders(JSON).withBody(Json.write(body));
    }

    static APIGatewayProxyResponseEvent noContent() {
        return new APIGatewayProxyResponseEvent().withStatusCode(204);
    }

    static APIGatewayProxyResponseEvent error(int status, String message) {
        return json(status, new Error(message, List.of()));
    }

    // tag::errors[]
    /**
     * The status code of a failure the client caused; anything else is rethrown, so that Lambda
     * reports it and API Gateway answers 502. Dynamodel's messages name attributes and paths, never
     * stored values, so they can go back to the client.
     */
    static APIGatewayProxyResponseEvent failure(RuntimeException failure) {
        if (failure instanceof ValidationException invalid) {
            return json(400, new Error("Invalid " + invalid.entity(), invalid.violations()));
        }
        if (failure instanceof BadRequestException) {
            return error(400, failure.getMessage());
        }
        if (failure instanceof ItemNotFoundException) {
            return error(404, failure.getMessage());
        }
        if (failure instanceof ItemAlreadyExistsException || failure instanceof ConditionFailedException) {
            return error(409, failure.getMessage()); // VersionConflictException is a ConditionFailedException
        }
        throw failure;
    }
    // end::errors[]

    /** An error body: what went wrong and, for a validation failure, each violation with its path. */
    record Error(String error, List<Violation> violations) {
    }
}
