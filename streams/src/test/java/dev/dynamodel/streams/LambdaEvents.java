package dev.dynamodel.streams;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Lambda event JSON read as the Lambda Java runtime reads it, with its own serializer. */
final class LambdaEvents {
    private static final PojoSerializer<DynamodbEvent> SERIALIZER =
            LambdaEventSerializers.serializerFor(DynamodbEvent.class, LambdaEvents.class.getClassLoader());

    private LambdaEvents() {
    }

    static DynamodbEvent fromJson(String json) {
        return SERIALIZER.fromJson(json);
    }

    static DynamodbEvent fromResource(String name) {
        try (InputStream in = LambdaEvents.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return SERIALIZER.fromJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
