package dev.dynamodel.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.dynamodel.processor.model.Constraint;
import dev.dynamodel.processor.model.Constraint.Bound;
import dev.dynamodel.processor.model.Shape;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one-line check of each constraint: a boolean expression that is true when a non-null value
 * breaks the rule, and the message to report. Bounds, patterns and allowed values are resolved
 * here, at compile time, into literals or static constants.
 */
final class ConstraintCode {
    private static final ClassName PATTERN = ClassName.get("java.util.regex", "Pattern");
    private static final ClassName BIG_INTEGER = ClassName.get(BigInteger.class);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    /** Above this many allowed strings, a set look-up beats a chain of equals calls. */
    private static final int INLINE_ONE_OF = 6;

    private final StaticFields fields;

    ConstraintCode(StaticFields fields) {
        this.fields = fields;
    }

    /** Whether a null value breaks the rule (the others let null pass, as jakarta.validation does). */
    static boolean failsOnNull(Constraint constraint) {
        return constraint.check() instanceof Constraint.NotNull || constraint.check() instanceof Constraint.NotBlank
                || constraint.check() instanceof Constraint.NotEmpty;
    }

    /** The message expression of a violation. */
    CodeBlock message(Constraint constraint, Shape shape) {
        if (constraint.check() instanceof Constraint.Custom custom) {
            return CodeBlock.of("$L.message()", validator(custom));
        }
        if (constraint.check() instanceof Constraint.Storable) {
            return CodeBlock.of("$T.NUMBER_MESSAGE", RuntimeTypes.CHECKS);
        }
        return CodeBlock.of("$S", constraint.message());
    }

    /**
     * True when the non-null value {@code v} breaks the rule; null when the rule only concerns null.
     * Temporal rules read the current time from the {@code violations} parameter in scope.
     */
    CodeBlock violated(Constraint constraint, Shape shape, TypeName type, CodeBlock v) {
        Constraint.Check check = constraint.check();
        if (check instanceof Constraint.NotNull) {
            return null;
        }
        if (check instanceof Constraint.IsNull) {
            return CodeBlock.of("true");
        }
        if (check instanceof Constraint.NotBlank) {
            return CodeBlock.of("$L.isBlank()", v);
        }
        if (check instanceof Constraint.NotEmpty) {
            return CodeBlock.of("$L == 0", size(shape, v));
        }
        if (check instanceof Constraint.Size size) {
            return sizeCheck(size, shape, v);
        }
        if (check instanceof Bound bound) {
            return bound(bound, shape, v);
        }
        if (check instanceof Constraint.Digits digits) {
            CodeBlock asDecimal = decimal(shape, v);
            return CodeBlock.of("$T.integerDigits($L) > $L || $T.fractionDigits($L) > $L", RuntimeTypes.CHECKS, asDecimal,
                    digits.integer(), RuntimeTypes.CHECKS, asDecimal, digits.fraction());
        }
        if (check instanceof Constraint.Matches matches) {
            return CodeBlock.of("!$L.matcher($L).matches()", pattern(matches), v);
        }
        if (check instanceof Constraint.Email) {
            return CodeBlock.of("!$T.isEmail($L)", RuntimeTypes.CHECKS, v);
        }
        if (check instanceof Constraint.Temporal temporal) {
            return temporal(temporal, shape, v);
        }
        if (check instanceof Constraint.Assert assertion) {
            return assertion.expected() ? CodeBlock.of("!$L", v) : v;
        }
        if (check instanceof Constraint.OneOf oneOf) {
            return oneOf(oneOf, shape, type, v);
        }
        if (check instanceof Constraint.Custom custom) {
            return CodeBlock.of("!$L.isValid($L)", validator(custom), v);
        }
        return CodeBlock.of("!$T.storable($L)", RuntimeTypes.CHECKS, v);
    }

    private String validator(Constraint.Custom custom) {
        return fields.instance("validate", custom.validator());
    }

    private static CodeBlock size(Shape shape, CodeBlock v) {
        return switch (shape) {
            case STRING -> CodeBlock.of("$L.length()", v);
            case BYTES -> CodeBlock.of("$L.length", v);
            case SDK_BYTES -> CodeBlock.of("$L.asByteBuffer().remaining()", v);
            default -> CodeBlock.of("$L.size()", v);
        };
    }

    private static CodeBlock sizeCheck(Constraint.Size size, Shape shape, CodeBlock v) {
        CodeBlock length = size(shape, v);
        if (size.max() == Integer.MAX_VALUE) {
            return CodeBlock.of("$L < $L", length, size.min());
        }
        if (size.min() == 0) {
            return CodeBlock.of("$L > $L", length, size.max());
        }
        return CodeBlock.of("$L < $L || $L > $L", length, size.min(), length, size.max());
    }

    private CodeBlock bound(Bound bound, Shape shape, CodeBlock v) {
        // The operator that means "breaks the bound", comparing the value with the bound.
        String op = bound.lower() ? (bound.inclusive() ? "<" : "<=") : (bound.inclusive() ? ">" : ">=");
        BigDecimal value = bound.value();
        switch (shape) {
            case INTEGRAL:
                BigDecimal whole = value.setScale(0, bound.lower() ? RoundingMode.CEILING : RoundingMode.FLOOR);
                if (whole.compareTo(value) != 0) {
                    op = bound.lower() ? "<" : ">"; // 2.5 as a lower bound of an integer means at least 3
                }
                if (whole.compareTo(LONG_MIN) >= 0 && whole.compareTo(LONG_MAX) <= 0) {
                    return CodeBlock.of("$L $L $LL", v, op, whole.longValueExact());
                }
                return CodeBlock.of("$T.valueOf($L).compareTo($L) $L 0", RuntimeTypes.BIG_DECIMAL, v, decimalConstant(value), op);
            case FLOATING:
                return CodeBlock.of("$L $L $L", v, op, Double.toString(value.doubleValue()));
            case BIG_DECIMAL:
                return value.signum() == 0 ? CodeBlock.of("$L.signum() $L 0", v, op)
                        : CodeBlock.of("$L.compareTo($L) $L 0", v, decimalConstant(value), op);
            default: // BIG_INTEGER
                if (value.signum() == 0) {
                    return CodeBlock.of("$L.signum() $L 0", v, op);
                }
                if (value.stripTrailingZeros().scale() <= 0) {
                    String constant = fields.constant("bound", BIG_INTEGER,
                            CodeBlock.of("new $T($S)", BIG_INTEGER, value.toBigIntegerExact().toString()));
                    return CodeBlock.of("$L.compareTo($L) $L 0", v, constant, op);
                }
                return CodeBlock.of("new $T($L).compareTo($L) $L 0", RuntimeTypes.BIG_DECIMAL, v, decimalConstant(value), op);
        }
    }

    private String decimalConstant(BigDecimal value) {
        return fields.constant("bound", RuntimeTypes.BIG_DECIMAL,
                CodeBlock.of("new $T($S)", RuntimeTypes.BIG_DECIMAL, value.toString()));
    }

    private static CodeBlock decimal(Shape shape, CodeBlock v) {
        return switch (shape) {
            case BIG_DECIMAL -> v;
            case BIG_INTEGER -> CodeBlock.of("new $T($L)", RuntimeTypes.BIG_DECIMAL, v);
            default -> CodeBlock.of("$T.valueOf($L)", RuntimeTypes.BIG_DECIMAL, v);
        };
    }

    private String pattern(Constraint.Matches matches) {
        CodeBlock.Builder flags = CodeBlock.builder();
        for (String flag : matches.flags()) {
            flags.add(flags.isEmpty() ? "$T.$L" : " | $T.$L", PATTERN, flag);
        }
        CodeBlock compile = matches.flags().isEmpty()
                ? CodeBlock.of("$T.compile($S)", PATTERN, matches.regex())
                : CodeBlock.of("$T.compile($S, $L)", PATTERN, matches.regex(), flags.build());
        return fields.constant("pattern", PATTERN, compile);
    }

    private static CodeBlock temporal(Constraint.Temporal temporal, Shape shape, CodeBlock v) {
        CodeBlock now = switch (shape) {
            case LOCAL_DATE -> CodeBlock.of("violations.today()");
            case LOCAL_DATE_TIME -> CodeBlock.of("violations.localNow()");
            default -> CodeBlock.of("violations.now()");
        };
        CodeBlock value = shape == Shape.OFFSET_DATE_TIME ? CodeBlock.of("$L.toInstant()", v) : v;
        if (temporal.past()) {
            return temporal.orPresent() ? CodeBlock.of("$L.isAfter($L)", value, now) : CodeBlock.of("!$L.isBefore($L)", value, now);
        }
        return temporal.orPresent() ? CodeBlock.of("$L.isBefore($L)", value, now) : CodeBlock.of("!$L.isAfter($L)", value, now);
    }

    private CodeBlock oneOf(Constraint.OneOf oneOf, Shape shape, TypeName type, CodeBlock v) {
        List<String> allowed = List.copyOf(new LinkedHashSet<>(oneOf.values()));
        CodeBlock.Builder out = CodeBlock.builder();
        if (shape == Shape.ENUM) {
            for (String constant : allowed) {
                out.add(out.isEmpty() ? "$L != $T.$L" : " && $L != $T.$L", v, type, constant);
            }
            return out.build();
        }
        if (allowed.size() > INLINE_ONE_OF) {
            CodeBlock.Builder set = CodeBlock.builder().add("$T.of(", Set.class);
            for (int i = 0; i < allowed.size(); i++) {
                set.add(i == 0 ? "$S" : ", $S", allowed.get(i));
            }
            String field = fields.constant("allowed", ParameterizedTypeName.get(Set.class, String.class), set.add(")").build());
            return CodeBlock.of("!$L.contains($L)", field, v);
        }
        for (String value : allowed) {
            out.add(out.isEmpty() ? "!$S.equals($L)" : " && !$S.equals($L)", value, v);
        }
        return out.build();
    }
}
