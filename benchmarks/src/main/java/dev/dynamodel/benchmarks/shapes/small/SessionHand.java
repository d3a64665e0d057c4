package dev.dynamodel.benchmarks.shapes.small;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The small shape mapped by hand-written SDK code: the practical lower bound for any mapper.
 *
 * <pre>{@code
 * Session back = SessionHand.fromItem(SessionHand.toItem(session));
 * }</pre>
 */
public final class SessionHand {
    private SessionHand() {
    }

    public static Map<String, AttributeValue> toItem(Session session) {
        Map<String, AttributeValue> item = new HashMap<>(4);
        item.put("id", AttributeValue.fromS(session.id()));
        if (session.userId() != null) {
            item.put("userId", AttributeValue.fromS(session.userId()));
        }
        item.put("expiresAt", AttributeValue.fromN(Long.toString(session.expiresAt())));
        return item;
    }

    public static Session fromItem(Map<String, AttributeValue> item) {
        AttributeValue userId = item.get("userId");
        AttributeValue expiresAt = item.get("expiresAt");
        return new Session(
                item.get("id").s(),
                userId == null ? null : userId.s(),
                expiresAt == null ? 0L : Long.parseLong(expiresAt.n()));
    }
}
