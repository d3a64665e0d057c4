package dev.dynamodel.examples.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;

/** Request and response bodies: one mapper for the environment, as it is costly to build and thread-safe. */
final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    /** The body as a {@code type}; a body that is missing or not that JSON is the client's error (400). */
    static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw new BadRequestException("The request needs a JSON body");
        }
        try {
            return MAPPER.readValue(body, type);
        } catch (JsonProcessingException e) {
            // Jackson's own message quotes the body; say only where it went wrong.
            throw new BadRequestException("The body is not a valid " + type.getSimpleName() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        }
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
