package dev.dynamodel.processor.read;

import java.util.Set;

/**
 * The names of the annotations that declare write rules: Dynamodel's own, and the
 * jakarta.validation (or older javax.validation) constraints, which are recognised by name so that
 * neither the processor nor the user's runtime needs a validator.
 */
final class RuleAnnotations {
    static final String DEFAULT = "dev.dynamodel.annotation.Default";
    static final String DEFAULT_SUPPLIER = "dev.dynamodel.annotation.DefaultSupplier";
    static final String CONVERT = "dev.dynamodel.annotation.Convert";
    static final String VALIDATE_WITH = "dev.dynamodel.annotation.ValidateWith";
    static final String ONE_OF = "dev.dynamodel.annotation.OneOf";
    static final String TIMESTAMPS = "dev.dynamodel.annotation.Timestamps";
    static final String TTL = "dev.dynamodel.annotation.Ttl";
    static final String UNKNOWN = "dev.dynamodel.annotation.Unknown";

    static final String ATTRIBUTE_CONVERTER = "dev.dynamodel.AttributeConverter";
    static final String VALIDATOR = "dev.dynamodel.Validator";
    static final String EPOCH_MILLIS_CONVERTER = "dev.dynamodel.convert.EpochMillisConverter";
    static final String EPOCH_SECONDS_CONVERTER = "dev.dynamodel.convert.EpochSecondsConverter";
    static final String ATTRIBUTE_VALUE = "software.amazon.awssdk.services.dynamodb.model.AttributeValue";

    private static final Set<String> CONSTRAINT_PACKAGES =
            Set.of("jakarta.validation.constraints", "javax.validation.constraints");

    private RuleAnnotations() {
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
        return qualifiedName.equals(ONE_OF) || qualifiedName.equals(VALIDATE_WITH)
                || standardConstraint(qualifiedName) != null
                || isStandardContainer(qualifiedName);
    }

    /** {@code jakarta.validation.constraints.Pattern.List} and the like: repeated constraints. */
    static boolean isStandardContainer(String qualifiedName) {
        return qualifiedName.endsWith(".List")
                && standardConstraint(qualifiedName.substring(0, qualifiedName.length() - ".List".length())) != null;
    }
}
