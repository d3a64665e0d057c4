package dev.dynamodel.exception;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What an exception needs to give back a stored item typed: every generated entity schema is one
 * ({@code EntitySchema} extends it), so you pass {@code MovieSchema.INSTANCE}. It is declared here,
 * not in {@code dev.dynamodel.schema}, so that the exceptions import no other package of the library.
 *
 * <pre>{@code
 * Optional<Movie> now = conditionFailed.current(MovieSchema.INSTANCE);
 * }</pre>
 *
 * @param <T> the entity type
 */
public interface ItemReader<T> {

    /** The entity's simple Java name, for messages. */
    String entityName();

    /** The entity stored in {@code item}. */
    T fromItem(Map<String, AttributeValue> item);
}
