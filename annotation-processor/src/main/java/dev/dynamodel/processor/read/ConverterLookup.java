package dev.dynamodel.processor.read;

import dev.dynamodel.processor.model.ValueType;
import java.util.Optional;
import javax.lang.model.type.TypeMirror;

/** The converters in scope for one field: the one, if any, that stores a given Java type. */
@FunctionalInterface
public interface ConverterLookup {
    /** No converters: every type is stored the built-in way. */
    ConverterLookup NONE = type -> Optional.empty();

    Optional<ValueType.Converted> find(TypeMirror type);
}
