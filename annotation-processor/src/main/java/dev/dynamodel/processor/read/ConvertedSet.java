package dev.dynamodel.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.dynamodel.processor.model.ValueType;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code Set<J>} whose elements a converter stores as strings, numbers or binaries: it becomes a
 * DynamoDB set of the converted values. Any other stored type cannot form a set.
 */
final class ConvertedSet {
    private ConvertedSet() {
    }

    static Optional<ValueType> of(ValueType.Converted element, TypeName javaType) {
        if (element.eachElement() || !(element.stored() instanceof ValueType.Scalar scalar) || !scalar.kind().settable()) {
            return Optional.empty();
        }
        TypeName storedSet = ParameterizedTypeName.get(ClassName.get(Set.class), scalar.javaType().box());
        ValueType.Scalar boxed = new ValueType.Scalar(scalar.kind(), scalar.javaType().box());
        return Optional.of(new ValueType.Converted(element.converter(),
                new ValueType.SetOf(boxed, storedSet), true, javaType));
    }
}
