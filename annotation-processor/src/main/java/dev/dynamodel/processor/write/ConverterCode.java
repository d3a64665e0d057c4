package dev.dynamodel.processor.write;

import com.palantir.javapoet.CodeBlock;
import dev.dynamodel.processor.model.ValueType;

/**
 * The calls into a converter held in a schema's static field ({@code field}, named by
 * {@link dev.dynamodel.processor.Names.Members#converter}), for one value or each element of a set.
 */
final class ConverterCode {
    private ConverterCode() {
    }

    /** The stored form of a non-null Java value. */
    static CodeBlock toStored(ValueType.Converted converted, String field, CodeBlock value) {
        return converted.eachElement()
                ? CodeBlock.of("$T.toStored($L, $L::toStored)", RuntimeTypes.CONVERTED_SETS, value, field)
                : CodeBlock.of("$L.toStored($L)", field, value);
    }

    /** The Java value of a decoded stored form. */
    static CodeBlock fromStored(ValueType.Converted converted, String field, CodeBlock stored) {
        return converted.eachElement()
                ? CodeBlock.of("$T.fromStored($L, $L::fromStored)", RuntimeTypes.CONVERTED_SETS, stored, field)
                : CodeBlock.of("$L.fromStored($L)", field, stored);
    }
}
