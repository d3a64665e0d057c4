package dev.dynamodel.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.TypeSpec;

/** The {@code @Generated} annotation generated classes carry: the processor, no timestamp. */
final class Generated {
    static final String PROCESSOR = "dev.dynamodel.processor.DynamodelProcessor";

    private Generated() {
    }

    /** Adds the annotation when the generated class's module can read it (see the processor's GeneratedVisibility). */
    static void addTo(TypeSpec.Builder spec, boolean mark) {
        if (mark) {
            spec.addAnnotation(annotation());
        }
    }

    private static AnnotationSpec annotation() {
        return AnnotationSpec.builder(RuntimeTypes.GENERATED).addMember("value", "$S", PROCESSOR).build();
    }
}
