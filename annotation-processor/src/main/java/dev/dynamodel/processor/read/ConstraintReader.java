package dev.dynamodel.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.dynamodel.processor.Names;
import dev.dynamodel.processor.model.Constraint;
import dev.dynamodel.processor.model.Shape;
import dev.dynamodel.processor.model.ValueRules;
import dev.dynamodel.processor.model.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Reads the validation rules of one field into a {@link ValueRules} tree: constraints on the field
 * itself (declaration annotations), on list and set elements and map values (type-use annotations
 * such as {@code List<@NotBlank String>}), the built-in number rule, and whether nested documents
 * are validated and defaulted through their own schemas.
 */
final class ConstraintReader {
    private final ConstraintParser parser;
    private final RulesScan scan;
    private final AnnotationValues values;

    ConstraintReader(ConstraintParser parser, RulesScan scan, AnnotationValues values) {
        this.parser = parser;
        this.scan = scan;
        this.values = values;
    }

    ValueRules read(VariableElement field, ValueType stored) {
        String name = field.getSimpleName().toString();
        return rules(field, field.asType(), field.getAnnotationMirrors(), stored, "field " + name, name);
    }

    /**
     * @param stored how this level is stored, or null below a converter (whose stored form is its own affair)
     */
    private ValueRules rules(VariableElement field, TypeMirror type, List<? extends AnnotationMirror> annotations,
                             ValueType stored, String what, String fieldName) {
        Shape shape = Shapes.of(type);
        List<Constraint> constraints = new ArrayList<>();
        for (AnnotationMirror mirror : expand(annotations)) {
            constraints.addAll(parser.parse(field, mirror, type, what));
        }
        if (stored instanceof ValueType.Scalar && (shape == Shape.FLOATING || shape == Shape.BIG_DECIMAL
                || shape == Shape.BIG_INTEGER)) {
            // The text lives in the runtime (Checks), where the rule is implemented.
            constraints.add(new Constraint("Number", "", new Constraint.Storable()));
        }
        Optional<ValueRules> element = Optional.empty();
        TypeMirror elementType = Shapes.elementOf(type, shape);
        if (elementType != null) {
            String elementWhat = (shape == Shape.MAP ? "a value of " : "an element of ") + fieldName;
            element = Optional.of(rules(field, elementType, elementType.getAnnotationMirrors(), elementOf(stored),
                    elementWhat, fieldName));
        }
        Optional<ClassName> schema = Optional.empty();
        boolean validateNested = false;
        boolean defaultNested = false;
        if (shape == Shape.DOCUMENT) {
            TypeElement document = (TypeElement) ((DeclaredType) type).asElement();
            schema = Optional.of(Names.schemaClass(ClassName.get(document)));
            validateNested = scan.validates(document);
            defaultNested = scan.defaults(document);
        }
        return new ValueRules(TypeName.get(type), shape, constraints, element, schema, validateNested, defaultNested);
    }

    /** Repeated constraints arrive wrapped in their {@code .List} container: unwrap them. */
    private List<AnnotationMirror> expand(List<? extends AnnotationMirror> annotations) {
        List<AnnotationMirror> out = new ArrayList<>();
        for (AnnotationMirror mirror : annotations) {
            if (ConstraintAnnotations.isStandardContainer(AnnotationValues.qualifiedName(mirror))) {
                out.addAll(values.annotations(mirror, "value"));
            } else {
                out.add(mirror);
            }
        }
        return out;
    }

    private static ValueType elementOf(ValueType stored) {
        if (stored instanceof ValueType.ListOf list) {
            return list.element();
        }
        if (stored instanceof ValueType.SetOf set) {
            return set.element();
        }
        if (stored instanceof ValueType.MapOf map) {
            return map.value();
        }
        return null;
    }
}
