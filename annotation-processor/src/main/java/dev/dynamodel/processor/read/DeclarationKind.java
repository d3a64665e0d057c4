package dev.dynamodel.processor.read;

import dev.dynamodel.processor.ClassNames;
import javax.lang.model.element.TypeElement;

/**
 * What a declaration is, decided once per type: an {@code @Entity} has a table (keys, indexes,
 * version, timestamps, TTL); a {@code @Document} is stored inside one and has none of these. The
 * declaration reader reads the table part of an entity only, and reports the table annotations a
 * document carries in one place ({@link EntityOnlyAnnotations}), so no other reader asks which
 * kind it reads.
 */
enum DeclarationKind {
    ENTITY("Entity"),
    DOCUMENT("Document");

    private final String annotation;

    DeclarationKind(String annotation) {
        this.annotation = annotation;
    }

    /** A type annotated with both is an entity: the table annotation says more. */
    static DeclarationKind of(TypeElement type) {
        return Annotations.has(type, ClassNames.ENTITY) ? ENTITY : DOCUMENT;
    }

    /** The simple name of the annotation that declares this kind, for messages: {@code Entity}. */
    String annotation() {
        return annotation;
    }
}
