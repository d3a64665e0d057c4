package dev.dynamodel.processor.read;

import com.palantir.javapoet.ClassName;
import dev.dynamodel.processor.ClassNames;
import dev.dynamodel.processor.model.Constraint;
import dev.dynamodel.processor.model.Constraint.Check;
import dev.dynamodel.processor.model.Shape;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Turns one constraint annotation on one value into {@link Constraint}s, after checking that it
 * fits the value's type and that its members make sense (bounds, regular expressions, decimal
 * text). Everything it cannot accept is reported on the annotation, or on the faulty member.
 */
final class ConstraintParser {
    private final AnnotationValues values;
    private final Supertypes supertypes;
    private final TypeElement owner;
    private final Report report;

    ConstraintParser(AnnotationValues values, Supertypes supertypes, TypeElement owner, Report report) {
        this.values = values;
        this.supertypes = supertypes;
        this.owner = owner;
        this.report = report;
    }

    /**
     * The constraints one annotation declares on a value.
     *
     * @param on    the element the annotation is reported on
     * @param type  the value's Java type
     * @param what  how the value is named in messages ("field tags", "an element of tags")
     */
    List<Constraint> parse(Element on, AnnotationMirror mirror, TypeMirror type, String what) {
        Value value = new Value(on, mirror, type, Shapes.of(type), what);
        String qualifiedName = AnnotationValues.qualifiedName(mirror);
        if (qualifiedName.equals(ClassNames.ONE_OF)) {
            return oneOf(value).stream().toList();
        }
        if (qualifiedName.equals(ClassNames.VALIDATE_WITH)) {
            return custom(value).stream().toList();
        }
        String name = ConstraintAnnotations.standardConstraint(qualifiedName);
        return name == null ? List.of() : standard(name, value);
    }

    /** The value being constrained, and the annotation on it. */
    private record Value(Element on, AnnotationMirror mirror, TypeMirror type, Shape shape, String what) {
    }

    private List<Constraint> standard(String name, Value v) {
        switch (name) {
            case "NotNull":
            case "Null":
                if (v.type().getKind().isPrimitive()) {
                    report.error(v.on(), v.mirror(), Message.NULL_CHECK_ON_PRIMITIVE, name, v.what(), TypeText.of(v.type()));
                    return List.of();
                }
                return name.equals("Null") ? one(v, "Null", "must be null", new Constraint.IsNull())
                        : one(v, "NotNull", "must not be null", new Constraint.NotNull());
            case "NotBlank":
                return fits(v, Shape.STRING::equals, "strings")
                        ? one(v, name, "must not be blank", new Constraint.NotBlank()) : List.of();
            case "NotEmpty":
                return fits(v, Shape::isSized, "strings, lists, sets, maps and binaries")
                        ? one(v, name, "must not be empty", new Constraint.NotEmpty()) : List.of();
            case "Size":
                return fits(v, Shape::isSized, "strings, lists, sets, maps and binaries") ? size(v) : List.of();
            case "Min":
            case "Max":
                return numberBound(v, name, BigDecimal.valueOf(values.number(v.mirror(), "value")), name.equals("Min"), true);
            case "DecimalMin":
            case "DecimalMax":
                return decimalBound(v, name);
            case "Positive":
                return numberBound(v, name, BigDecimal.ZERO, true, false);
            case "PositiveOrZero":
                return numberBound(v, name, BigDecimal.ZERO, true, true);
            case "Negative":
                return numberBound(v, name, BigDecimal.ZERO, false, false);
            case "NegativeOrZero":
                return numberBound(v, name, BigDecimal.ZERO, false, true);
            case "Digits":
                return digits(v);
            case "Pattern":
                return fits(v, Shape.STRING::equals, "strings") ? pattern(v, name) : List.of();
            case "Email":
                return fits(v, Shape.STRING::equals, "strings") ? email(v) : List.of();
            case "Past":
            case "PastOrPresent":
            case "Future":
            case "FutureOrPresent":
                return fits(v, Shape::isTemporal, "Instant, LocalDate, LocalDateTime and OffsetDateTime") ? temporal(v, name) : List.of();
            case "AssertTrue":
            case "AssertFalse":
                boolean expected = name.equals("AssertTrue");
                return fits(v, Shape.BOOLEAN::equals, "booleans")
                        ? one(v, name, "must be " + expected, new Constraint.Assert(expected)) : List.of();
            default:
                return List.of(); // a constraint of a later jakarta version: not ours to guess
        }
    }

    private boolean fits(Value v, Predicate<Shape> accepts, String accepted) {
        if (accepts.test(v.shape())) {
            return true;
        }
        report.error(v.on(), v.mirror(), Message.CONSTRAINT_NOT_APPLICABLE,
                AnnotationValues.simpleName(v.mirror()), accepted, v.what(), TypeText.of(v.type()));
        return false;
    }

    private List<Constraint> one(Value v, String rule, String defaultMessage, Check check) {
        return List.of(new Constraint(rule, message(v.mirror(), defaultMessage), check));
    }

    /** A constraint's own {@code message}, unless it is a resource-bundle key such as {@code {jakarta...}}. */
    private String message(AnnotationMirror mirror, String fallback) {
        if (!values.has(mirror, "message")) {
            return fallback;
        }
        String message = values.string(mirror, "message");
        return message.isEmpty() || message.startsWith("{") ? fallback : message;
    }

    private List<Constraint> size(Value v) {
        int min = (int) values.number(v.mirror(), "min");
        int max = (int) values.number(v.mirror(), "max");
        if (min < 0 || max < min) {
            AnnotationValue position = values.explicit(v.mirror(), min < 0 ? "min" : "max");
            report.error(v.on(), v.mirror(), position, Message.SIZE_BOUNDS, "Size", min, max);
            return List.of();
        }
        String text = max == Integer.MAX_VALUE ? "size must be at least " + min
                : min == 0 ? "size must be at most " + max
                : "size must be between " + min + " and " + max;
        return one(v, "Size", text, new Constraint.Size(min, max));
    }

    private List<Constraint> decimalBound(Value v, String name) {
        String text = values.string(v.mirror(), "value");
        BigDecimal bound;
        try {
            bound = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            report.error(v.on(), v.mirror(), values.explicit(v.mirror(), "value"), Message.NOT_A_DECIMAL, name, text);
            return List.of();
        }
        return numberBound(v, name, bound, name.equals("DecimalMin"), values.bool(v.mirror(), "inclusive"));
    }

    private List<Constraint> numberBound(Value v, String name, BigDecimal bound, boolean lower, boolean inclusive) {
        if (!fits(v, Shape::isNumber, "numbers")) {
            return List.of();
        }
        String relation = (lower ? "greater than" : "less than") + (inclusive ? " or equal to " : " ");
        return one(v, name, "must be " + relation + bound.toPlainString(), new Constraint.Bound(bound, lower, inclusive));
    }

    private List<Constraint> digits(Value v) {
        if (!fits(v, s -> s == Shape.INTEGRAL || s == Shape.BIG_DECIMAL || s == Shape.BIG_INTEGER,
                "integers, BigDecimal and BigInteger")) {
            return List.of();
        }
        int integer = (int) values.number(v.mirror(), "integer");
        int fraction = (int) values.number(v.mirror(), "fraction");
        if (integer < 0 || fraction < 0) {
            report.error(v.on(), v.mirror(), Message.DIGITS_BOUNDS, integer, fraction);
            return List.of();
        }
        return one(v, "Digits", "numeric value out of bounds (<" + integer + " digits>.<" + fraction + " digits> expected)",
                new Constraint.Digits(integer, fraction));
    }

    private List<Constraint> pattern(Value v, String name) {
        String regex = values.string(v.mirror(), "regexp");
        List<String> flags = values.enumNames(v.mirror(), "flags");
        if (!compiles(v, name, regex, flags)) {
            return List.of();
        }
        return one(v, name, "must match \"" + regex + "\"", new Constraint.Matches(regex, flags));
    }

    private List<Constraint> email(Value v) {
        String message = message(v.mirror(), "must be a well-formed email address");
        Constraint email = new Constraint("Email", message, new Constraint.Email());
        String regex = values.string(v.mirror(), "regexp");
        List<String> flags = values.enumNames(v.mirror(), "flags");
        if (regex.equals(".*")) {
            return List.of(email);
        }
        return compiles(v, "Email", regex, flags)
                ? List.of(email, new Constraint("Email", message, new Constraint.Matches(regex, flags))) : List.of();
    }

    private boolean compiles(Value v, String name, String regex, List<String> flags) {
        try {
            int bits = 0;
            for (String flag : flags) {
                bits |= java.util.regex.Pattern.class.getField(flag).getInt(null);
            }
            java.util.regex.Pattern.compile(regex, bits);
            return true;
        } catch (PatternSyntaxException e) {
            report.error(v.on(), v.mirror(), values.explicit(v.mirror(), "regexp"), Message.BAD_REGEX, name,
                    e.getDescription() + " near index " + e.getIndex());
            return false;
        } catch (ReflectiveOperationException e) {
            report.error(v.on(), v.mirror(), values.explicit(v.mirror(), "flags"), Message.BAD_REGEX, name,
                    "unknown flag in " + flags);
            return false;
        }
    }

    private List<Constraint> temporal(Value v, String name) {
        boolean past = name.startsWith("Past");
        boolean orPresent = name.endsWith("OrPresent");
        String text = past ? (orPresent ? "must be a date in the past or in the present" : "must be a past date")
                : (orPresent ? "must be a date in the present or in the future" : "must be a future date");
        return one(v, name, text, new Constraint.Temporal(past, orPresent));
    }

    private Optional<Constraint> oneOf(Value v) {
        if (!fits(v, s -> s == Shape.STRING || s == Shape.ENUM, "strings and enums")) {
            return Optional.empty();
        }
        List<String> allowed = values.strings(v.mirror(), "value");
        if (allowed.isEmpty()) {
            report.error(v.on(), v.mirror(), values.explicit(v.mirror(), "value"), Message.ONE_OF_EMPTY);
            return Optional.empty();
        }
        if (v.shape() == Shape.ENUM) {
            Element enumType = supertypes.types().asElement(v.type());
            List<String> constants = enumType.getEnclosedElements().stream()
                    .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                    .map(e -> e.getSimpleName().toString()).toList();
            for (String value : allowed) {
                if (!constants.contains(value)) {
                    report.error(v.on(), v.mirror(), values.explicit(v.mirror(), "value"),
                            Message.ONE_OF_NOT_A_CONSTANT, value, enumType.getSimpleName());
                    return Optional.empty();
                }
            }
        }
        String message = values.string(v.mirror(), "message");
        return Optional.of(new Constraint("OneOf", message.isEmpty() ? "must be one of " + allowed : message,
                new Constraint.OneOf(allowed)));
    }

    private Optional<Constraint> custom(Value v) {
        TypeMirror validator = values.type(v.mirror(), "value");
        AnnotationValue position = values.explicit(v.mirror(), "value");
        String name = supertypes.types().asElement(validator).getSimpleName().toString();
        if (!supertypes.instantiable(validator, owner)) {
            report.error(v.on(), v.mirror(), position, Message.NEEDS_INSTANCE, "validator", name);
            return Optional.empty();
        }
        Optional<List<? extends TypeMirror>> checks = supertypes.arguments(validator, ClassNames.VALIDATOR);
        TypeMirror boxed = supertypes.boxed(v.type());
        if (checks.isEmpty() || !Supertypes.concrete(checks.get())
                || !supertypes.types().isAssignable(boxed, checks.get().get(0))) {
            String checked = checks.map(c -> TypeText.of(c.get(0))).orElse("a raw type");
            report.error(v.on(), v.mirror(), position, Message.VALIDATOR_TYPE, name, checked, TypeText.of(v.type()));
            return Optional.empty();
        }
        ClassName className = ClassName.get((TypeElement) supertypes.types().asElement(validator));
        return Optional.of(new Constraint(name, "", new Constraint.Custom(className)));
    }
}
