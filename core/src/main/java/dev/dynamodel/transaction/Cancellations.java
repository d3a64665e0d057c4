package dev.dynamodel.transaction;

import dev.dynamodel.Model;
import dev.dynamodel.internal.Expiry;
import dev.dynamodel.internal.TableKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Turns the SDK's {@code TransactionCanceledException} into a {@link TransactionCancelledException}
 * with one entry per item: what it was, its key, the code and the stored item as an entity.
 */
final class Cancellations {
    // The service's message ends with the codes in item order: "... reasons [None, ConditionalCheckFailed]".
    private static final Pattern CODES = Pattern.compile("\\[([A-Za-z, ]*)\\]\\s*$");

    private Cancellations() {
    }

    /** One item as it was sent. */
    record Sent(int index, String operation, Model<?> model, TableKey key) {
    }

    /** The precise exception, or null (to let the caller use the general one) for any other failure. */
    static RuntimeException translate(SdkException e, String operation, String tables, List<Sent> sent) {
        if (!(e instanceof TransactionCanceledException cancelled)) {
            return null;
        }
        List<CancellationReason> given = cancelled.hasCancellationReasons() ? cancelled.cancellationReasons()
                : fromMessage(cancelled.getMessage());
        List<TransactionCancelledException.Reason> reasons = new ArrayList<>(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            Sent item = sent.get(i);
            CancellationReason reason = i < given.size() ? given.get(i) : null;
            // An expired item that reads hide is no item here either (see Expiry).
            Map<String, AttributeValue> stored = reason != null && reason.hasItem()
                    ? Expiry.of(item.model().dynamo().hideExpiredItems(), item.model().dynamo().clock(), item.model().schema()).visible(reason.item()) : null;
            reasons.add(new TransactionCancelledException.Reason(item.index(), item.operation(), item.key().table(),
                    item.key().key(), reason == null ? null : reason.code(), reason == null ? null : reason.message(),
                    stored, item.model().schema()));
        }
        return new TransactionCancelledException(tables, operation, reasons, e);
    }

    private static List<CancellationReason> fromMessage(String message) {
        List<CancellationReason> reasons = new ArrayList<>();
        Matcher matcher = message == null ? null : CODES.matcher(message.replaceAll("\\s*\\(Service:.*$", ""));
        if (matcher != null && matcher.find()) {
            for (String code : matcher.group(1).split(",")) {
                reasons.add(CancellationReason.builder().code(code.trim()).build());
            }
        }
        return reasons;
    }
}
