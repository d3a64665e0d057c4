package dev.dynamodel.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.dynamodel.processor.ClassNames;
import dev.dynamodel.processor.model.ValueType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Resolves how a field is stored with the converters in its scope: its own {@code @Convert}, the
 * converters the timestamp and TTL rules imply for an {@code Instant}, then its type's and its
 * package's {@code @Convert}. Checks each converter class once, and that a field's own converter
 * converts something in the field.
 */
final class ConverterReader {
    /** One usable converter: the Java type it converts, and how a value of that type is stored. */
    private record Converter(TypeMirror javaType, ValueType.Converted converted, String name) {
    }

    private final Elements elements;
    private final Types types;
    private final TypeElement owner;
    private final Report report;
    private final ValueTypeResolver resolver;
    private final Supertypes supertypes;
    private final AnnotationValues values;
    private final List<Converter> inherited = new ArrayList<>();
    private final Optional<TimestampsDeclaration> timestamps;

    ConverterReader(Elements elements, Types types, ValueTypeResolver resolver, TypeElement owner, Report report) {
        this.elements = elements;
        this.types = types;
        this.owner = owner;
        this.report = report;
        this.resolver = resolver;
        this.supertypes = new Supertypes(elements, types);
        this.values = new AnnotationValues(elements);
        this.timestamps = TimestampsDeclaration.of(owner, values);
        inherited.addAll(declared(owner));
        inherited.addAll(declared(elements.getPackageOf(owner)));
    }

    /** How the field is stored, or empty when it cannot be (the caller reports that). */
    Optional<ValueType> resolve(VariableElement field) {
        List<Converter> own = declared(field);
        List<Converter> scope = new ArrayList<>(own);
        implied(field).ifPresent(scope::add);
        scope.addAll(inherited);
        Set<Converter> used = new HashSet<>();
        Optional<ValueType> type = resolver.resolve(field.asType(), mirror -> {
            for (Converter converter : scope) {
                if (types.isSameType(mirror, converter.javaType())) {
                    used.add(converter);
                    return Optional.of(converter.converted());
                }
            }
            return Optional.empty();
        });
        if (type.isPresent()) {
            for (Converter converter : own) {
                if (!used.contains(converter)) {
                    AnnotationMirror convert = Annotations.find(field, ClassNames.CONVERT).orElseThrow();
                    report.error(field, convert, values.explicit(convert, "value"), Message.CONVERTER_UNUSED,
                            converter.name(), TypeText.of(converter.javaType()), TypeText.of(field.asType()), field.getSimpleName());
                }
            }
        }
        return type;
    }

    /** An Instant that a timestamp or TTL stores as epoch numbers goes through a ready-made converter. */
    private Optional<Converter> implied(VariableElement field) {
        if (!Shapes.of(field.asType()).equals(dev.dynamodel.processor.model.Shape.INSTANT)
                || field.asType().getKind().isPrimitive()) {
            return Optional.empty();
        }
        String converter = null;
        if (Annotations.has(field, ClassNames.TTL)) {
            converter = ClassNames.EPOCH_SECONDS_CONVERTER;
        } else if (timestamps.isPresent() && timestamps.get().stamps(field.getSimpleName().toString())) {
            converter = switch (timestamps.get().storage()) {
                case "EPOCH_MILLIS" -> ClassNames.EPOCH_MILLIS_CONVERTER;
                case "EPOCH_SECONDS" -> ClassNames.EPOCH_SECONDS_CONVERTER;
                default -> null;
            };
        }
        TypeElement element = converter == null ? null : elements.getTypeElement(converter);
        return element == null ? Optional.empty() : converter(element.asType(), field, null, null);
    }

    /** The converters of one element's {@code @Convert}, each checked; the broken ones are reported and left out. */
    private List<Converter> declared(Element element) {
        Optional<AnnotationMirror> convert = Annotations.find(element, ClassNames.CONVERT);
        List<Converter> out = new ArrayList<>();
        if (convert.isEmpty()) {
            return out;
        }
        for (AnnotationValue value : values.array(convert.get(), "value")) {
            converter((TypeMirror) value.getValue(), element, convert.get(), value).ifPresent(converter -> {
                for (Converter earlier : out) {
                    if (types.isSameType(earlier.javaType(), converter.javaType())) {
                        report.error(element, convert.get(), value, Message.TWO_CONVERTERS,
                                earlier.name(), converter.name(), TypeText.of(converter.javaType()));
                        return;
                    }
                }
                out.add(converter);
            });
        }
        return out;
    }

    private Optional<Converter> converter(TypeMirror type, Element on, AnnotationMirror mirror, AnnotationValue position) {
        String name = types.asElement(type).getSimpleName().toString();
        Optional<List<? extends TypeMirror>> arguments = supertypes.arguments(type, ClassNames.ATTRIBUTE_CONVERTER);
        if (arguments.isEmpty() || arguments.get().size() != 2 || !Supertypes.concrete(arguments.get())) {
            report.error(on, mirror, position, Message.CONVERTER_TYPES, name);
            return Optional.empty();
        }
        if (!supertypes.instantiable(type, owner)) {
            report.error(on, mirror, position, Message.NEEDS_INSTANCE, "converter", name);
            return Optional.empty();
        }
        TypeMirror storedType = arguments.get().get(1);
        Optional<ValueType> stored = resolver.resolve(storedType);
        if (stored.isEmpty()) {
            report.error(on, mirror, position, Message.CONVERTER_STORED_TYPE, name, TypeText.of(storedType));
            return Optional.empty();
        }
        TypeMirror javaType = arguments.get().get(0);
        ClassName converterClass = ClassName.get((TypeElement) types.asElement(type));
        ValueType.Converted converted = new ValueType.Converted(converterClass,
                stored.get(), false, TypeName.get(javaType));
        return Optional.of(new Converter(javaType, converted, name));
    }
}
