package dev.dynamodel.schema;

import dev.dynamodel.condition.AttributePath;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A nested document attribute. Each generated schema has a {@code Path} subclass with one method
 * per field, so nested fields are typed paths.
 *
 * <pre>{@code
 * MovieSchema.INFO.rating().ge(new BigDecimal("8.0"))   // info.rating >= 8.0
 * }</pre>
 *
 * @param <D> the document type
 */
public class DocumentAttribute<D> extends Attribute<D> {
    public DocumentAttribute(AttributePath path, Function<? super D, AttributeValue> encoder) {
        super(path, encoder);
    }
}
