package dev.dynamodel.spring;

import dev.dynamodel.Dynamo;
import dev.dynamodel.RetryPolicy;
import dev.dynamodel.observe.RequestListener;
import java.util.Base64;
import java.util.stream.Stream;

/**
 * Applies the {@code dynamodel.*} properties, then the request listener beans, then the customizers,
 * to a builder: the one place both the application's runtime and the embedded database's get their
 * options from. Customizers come last so that they can change or add to anything before them.
 */
final class DynamoOptions {
    private DynamoOptions() {
    }

    static Dynamo build(Dynamo.Builder builder, DynamodelProperties properties, Stream<RequestListener> listeners,
                        Stream<DynamoCustomizer> customizers) {
        builder.tablePrefix(properties.getTablePrefix());
        builder.hideExpiredItems(properties.isHideExpiredItems());
        builder.retryPolicy(retryPolicy(properties.getRetry()));
        if (properties.getCursorSecret() != null) {
            builder.cursorSecret(cursorSecret(properties.getCursorSecret()));
        }
        if (properties.getReturnConsumedCapacity() != null) {
            builder.returnConsumedCapacity(properties.getReturnConsumedCapacity());
        }
        listeners.forEach(builder::requestListener);
        customizers.forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    private static RetryPolicy retryPolicy(DynamodelProperties.Retry retry) {
        RetryPolicy defaults = RetryPolicy.defaults();
        return RetryPolicy.of(
                retry.getMaxAttempts() != null ? retry.getMaxAttempts() : defaults.maxAttempts(),
                retry.getBaseDelay() != null ? retry.getBaseDelay() : defaults.baseDelay(),
                retry.getMaxDelay() != null ? retry.getMaxDelay() : defaults.maxDelay());
    }

    /** Decoded and checked here, so that a bad secret fails at start-up naming the property, never showing the value. */
    private static byte[] cursorSecret(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("dynamodel.cursor-secret is not base64 text");
        }
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new IllegalArgumentException("dynamodel.cursor-secret must decode to 16, 24 or 32 bytes; it decodes to "
                    + key.length);
        }
        return key;
    }
}
