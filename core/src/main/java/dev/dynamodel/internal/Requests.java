package dev.dynamodel.internal;

import dev.dynamodel.exception.DynamoRequestException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * What both {@link Sender}s do around a request: it logs the operation and table
 * at debug level (never item values) and turns SDK failures into {@link DynamoRequestException}s
 * that name both. Not an API.
 */
public final class Requests {
    private static final Logger LOG = LoggerFactory.getLogger("dev.dynamodel.requests");

    private Requests() {
    }

    /**
     * Sends one request, letting {@code translate} map an SDK failure to a more precise exception
     * first (it returns null to fall back to {@link DynamoRequestException}). Only the blocking
     * {@link Sender} calls it: everything else sends through a {@link Sender}, where requests are
     * stamped and heard by listeners.
     */
    static <R> R send(String operation, String table, Supplier<R> call, ExceptionTranslator translate) {
        sending(operation, table);
        try {
            return call.get();
        } catch (SdkException e) {
            throw failure(operation, table, e, translate);
        }
    }

    /** Logs a request about to be sent; both senders ({@link Sender}) call it. */
    static void sending(String operation, String table) {
        LOG.debug("{} table={}", operation, table);
    }

    /**
     * What a caller hears for an SDK failure: the translator's precise exception, or a
     * {@link DynamoRequestException}. The one translation both senders use.
     */
    static RuntimeException failure(String operation, String table, SdkException e, ExceptionTranslator translate) {
        LOG.debug("{} table={} failed: {}", operation, table, e.getClass().getSimpleName());
        RuntimeException precise = translate == null ? null : translate.translate(e);
        return precise != null ? precise : new DynamoRequestException(table, operation, e);
    }

    /** Maps an SDK exception to a library exception, or returns null to use the general one. */
    @FunctionalInterface
    public interface ExceptionTranslator {
        RuntimeException translate(SdkException e);
    }
}
