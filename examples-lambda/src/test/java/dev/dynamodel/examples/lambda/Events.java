package dev.dynamodel.examples.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Events as Lambda hands them to a handler: JSON, read with the Lambda Java runtime's own
 * serializers. API requests are filled into a proxy event in API Gateway's format (api-request.json).
 */
final class Events {
    private static final ClassLoader LOADER = Events.class.getClassLoader();
    private static final PojoSerializer<APIGatewayProxyRequestEvent> API =
            LambdaEventSerializers.serializerFor(APIGatewayProxyRequestEvent.class, LOADER);
    private static final PojoSerializer<DynamodbEvent> STREAM =
            LambdaEventSerializers.serializerFor(DynamodbEvent.class, LOADER);
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    private Events() {
    }

    /**
     * The proxy event API Gateway sends for {@code method} on {@code path}, matched to the resource
     * template {@code resource} (such as {@code /lists/{listId}/tasks}), with an optional JSON body.
     */
    static APIGatewayProxyRequestEvent request(String method, String resource, String path, String body) {
        String json = resourceText("api-request.json")
                .replace("\"@METHOD@\"", quote(method))
                .replace("\"@RESOURCE@\"", quote(resource))
                .replace("/prod@PATH@", "/prod" + path)
                .replace("\"@PATH@\"", quote(path))
                .replace("\"@PATH_PARAMETERS@\"", pathParameters(resource, path))
                .replace("\"@BODY@\"", body == null ? "null" : quote(body));
        return API.fromJson(json);
    }

    static DynamodbEvent streamEvent(String json) {
        return STREAM.fromJson(json);
    }

    static DynamodbEvent streamEventResource(String name) {
        return STREAM.fromJson(resourceText(name));
    }

    private static String pathParameters(String resource, String path) {
        String[] names = resource.split("/");
        String[] values = path.split("/");
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            Matcher m = PARAMETER.matcher(names[i]);
            if (m.matches()) {
                parameters.put(m.group(1), values[i]);
            }
        }
        if (parameters.isEmpty()) {
            return "null";
        }
        StringBuilder json = new StringBuilder("{");
        parameters.forEach((name, value) ->
                json.append(json.length() > 1 ? "," : "").append(quote(name)).append(':').append(quote(value)));
        return json.append('}').toString();
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static String resourceText(String name) {
        try (InputStream in = Events.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
