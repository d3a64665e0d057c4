package dev.dynamodel.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/**
 * How one Java type is stored: the resolved shape of a field's type, from which the writers
 * generate the conversion code. Built by {@code ValueTypeResolver}; never holds compiler elements.
 */
public sealed interface ValueType {

    /** The Java type as written in generated code. */
    TypeName javaType();

    /** A value DynamoDB stores as one scalar attribute (S, N, B or BOOL). */
    record Scalar(ScalarKind kind, TypeName javaType) implements ValueType {
        /** Whether a Java primitive holds it (and so it is never null). */
        public boolean primitive() {
            return javaType.isPrimitive();
        }
    }

    /** {@code List<E>}, stored as {@code L}. */
    record ListOf(ValueType element, TypeName javaType) implements ValueType {
    }

    /** {@code Set<E>}, stored as {@code SS}, {@code NS} or {@code BS} by the element's kind. */
    record SetOf(Scalar element, TypeName javaType) implements ValueType {
    }

    /** {@code Map<String, V>}, stored as {@code M}. */
    record MapOf(ValueType value, TypeName javaType) implements ValueType {
    }

    /** A nested {@code @Document} or {@code @Entity}, stored as {@code M} through its schema. */
    record Nested(ClassName schema, TypeName javaType) implements ValueType {
    }

    /**
     * A value stored through an {@code AttributeConverter<J, S>}: generated code calls the converter
     * held in a static field of the schema (named by the writer), then stores its result as {@code stored}.
     *
     * @param converter   the converter class
     * @param stored      how the converter's stored type {@code S} is stored
     * @param eachElement the value is a {@code Set<J>} whose elements are converted one by one
     *                    into a DynamoDB set ({@code stored} is then the {@link SetOf} of {@code S})
     * @param javaType    the Java type in the entity: {@code J}, or {@code Set<J>}
     */
    record Converted(ClassName converter, ValueType stored, boolean eachElement, TypeName javaType)
            implements ValueType {
    }
}
