package dev.dynamodel.processor.write;

import com.palantir.javapoet.CodeBlock;
import dev.dynamodel.processor.model.ValueType;

/** The calls into a converter held in a schema's static field, for one value or each element of a set. */
final class ConverterCode {
    private ConverterCode() {
    }

    /** The stored form of a non-null Java value. */
    static CodeBlock toStored(ValueType.Converted converted, CodeBlock value) {
        return converted.eachElement()
                ? CodeBlock.of("$T.toStored($L, $L::toStored)", RuntimeTypes.CONVERTED_SETS, value, instance(converted))
                : CodeBlock.of("$L.toStored($L)", instance(converted), value);
    }

    /** The Java value of a decoded stored form. */
    static CodeBlock fromStored(ValueType.Converted converted, CodeBlock stored) {
        return converted.eachElement()
                ? CodeBlock.of("$T.fromStored($L, $L::fromStored)", RuntimeTypes.CONVERTED_SETS, stored, instance(converted))
                : CodeBlock.of("$L.fromStored($L)", instance(converted), stored);
    }

    // Qualified, so that attribute constants declared above the field may use it in their lambdas.
    private static CodeBlock instance(ValueType.Converted converted) {
        return CodeBlock.of("$T.$L", converted.holder(), converted.field());
    }
}
