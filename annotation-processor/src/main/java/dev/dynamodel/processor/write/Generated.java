package dev.dynamodel.processor.write;

import com.palantir.javapoet.AnnotationSpec;

/** The {@code @Generated} annotation every generated class carries: the processor, no timestamp. */
final class Generated {
    static final String PROCESSOR = "dev.dynamodel.processor.DynamodelProcessor";

    private Generated() {
    }

    static AnnotationSpec annotation() {
        return AnnotationSpec.builder(RuntimeTypes.GENERATED).addMember("value", "$S", PROCESSOR).build();
    }
}
