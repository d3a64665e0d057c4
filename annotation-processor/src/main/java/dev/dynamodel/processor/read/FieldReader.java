package dev.dynamodel.processor.read;

import dev.dynamodel.processor.ClassNames;
import dev.dynamodel.processor.Names;
import dev.dynamodel.processor.model.Property;
import dev.dynamodel.processor.model.Property.Access;
import dev.dynamodel.processor.model.TypeDeclaration.Construction;
import dev.dynamodel.processor.model.ValueType;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads one field or record component into a {@link Property}: its stored name, how its type is
 * stored and how generated code reaches it. Reports what is wrong on the field itself.
 */
final class FieldReader {
    /** A field that may be stored; {@code ignored} ones still count as constructor arguments. */
    record Candidate(VariableElement field, boolean ignored, boolean recordComponent) {
    }

    private final AccessFinder accessFinder;
    private final Report report;
    private final ConverterReader converters;

    FieldReader(Elements elements, Types types, ValueTypeResolver resolver, TypeElement owner, Report report) {
        this.accessFinder = new AccessFinder(elements, types, owner);
        this.report = report;
        this.converters = new ConverterReader(elements, types, resolver, owner, report);
    }

    /** The property, or empty when the field is ignored or has an error (then reported). */
    Optional<Property> read(Candidate candidate, Construction construction) {
        if (candidate.ignored()) {
            return Optional.empty();
        }
        VariableElement field = candidate.field();
        String javaName = field.getSimpleName().toString();
        String storedName = storedName(field);
        Optional<ValueType> type = converters.resolve(field);
        if (type.isEmpty()) {
            report.error(field, Message.UNSUPPORTED_TYPE, field.asType(), javaName);
            return Optional.empty();
        }
        Access read;
        Access write;
        if (candidate.recordComponent()) {
            read = Access.method(javaName);
            write = Access.constructor();
        } else {
            Optional<Access> reader = accessFinder.reader(field);
            if (reader.isEmpty()) {
                report.error(field, Message.NO_READ_ACCESS, javaName, Names.getterName(javaName, false));
                return Optional.empty();
            }
            read = reader.get();
            if (construction == Construction.NO_ARGUMENTS_THEN_SET) {
                Optional<Access> writer = accessFinder.writer(field);
                if (writer.isEmpty()) {
                    report.error(field, Message.NO_WRITE_ACCESS, javaName, Names.setterName(javaName));
                    return Optional.empty();
                }
                write = writer.get();
            } else {
                write = Access.constructor();
            }
        }
        return Optional.of(new Property(javaName, storedName, type.get(), read, write));
    }

    private String storedName(VariableElement field) {
        Optional<AnnotationMirror> attribute = Annotations.find(field, ClassNames.ATTRIBUTE);
        if (attribute.isEmpty()) {
            return field.getSimpleName().toString();
        }
        String name = Annotations.stringValue(attribute.get(), "value", "");
        if (name.isBlank()) {
            report.error(field, attribute.get(), Message.BLANK_ATTRIBUTE_NAME);
            return field.getSimpleName().toString();
        }
        return name;
    }
}
