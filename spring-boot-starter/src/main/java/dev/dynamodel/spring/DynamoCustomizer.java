package dev.dynamodel.spring;

import dev.dynamodel.Dynamo;

/**
 * Changes the {@code Dynamo.Builder} the starter uses, after the {@code dynamodel.*} properties and
 * the {@code RequestListener} beans are applied: for options that are objects rather than text, such
 * as a {@code Clock} or a retry scheduler. Every bean of this type is applied, in {@code @Order}.
 */
@FunctionalInterface
public interface DynamoCustomizer {

    void customize(Dynamo.Builder builder);
}
