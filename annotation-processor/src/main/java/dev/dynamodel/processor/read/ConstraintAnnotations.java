package dev.dynamodel.processor.read;

import dev.dynamodel.processor.ClassNames;
import java.util.Set;

/**
 * Tells which annotations declare validation rules: Dynamodel's {@code @OneOf} and
 * {@code @ValidateWith}, and the jakarta.validation (or older javax.validation) constraints, which
 * are recognised by name so that neither the processor nor the user's runtime needs a validator.
 */
final class ConstraintAnnotations {
    private static final Set<String> CONSTRAINT_PACKAGES =
            Set.of(ClassNames.JAKARTA_CONSTRAINTS, ClassNames.JAVAX_CONSTRAINTS);

    private ConstraintAnnotations() {
    }

    /**
     * The simple name of a standard constraint annotation ({@code "NotNull"}), or null if the
     * qualified name is not one.
     */
    static String standardConstraint(String qualifiedName) {
        int dot = qualifiedName.lastIndexOf('.');
        return dot > 0 && CONSTRAINT_PACKAGES.contains(qualifiedName.substring(0, dot))
                ? qualifiedName.substring(dot + 1) : null;
    }

    /** Whether the annotation declares a validation rule (standard, {@code @OneOf} or {@code @ValidateWith}). */
    static boolean isConstraint(String qualifiedName) {
        return qualifiedName.equals(ClassNames.ONE_OF) || qualifiedName.equals(ClassNames.VALIDATE_WITH)
                || standardConstraint(qualifiedName) != null
                || isStandardContainer(qualifiedName);
    }

    /** {@code jakarta.validation.constraints.Pattern.List} and the like: repeated constraints. */
    static boolean isStandardContainer(String qualifiedName) {
        return qualifiedName.endsWith(".List")
                && standardConstraint(qualifiedName.substring(0, qualifiedName.length() - ".List".length())) != null;
    }
}
