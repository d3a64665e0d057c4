package dev.dynamodel.benchmarks.shapes.small;

import java.util.Objects;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * The small shape as an Enhanced Client bean, mapped by {@code TableSchema.fromBean} (reflection)
 * and by {@link SessionStaticSchema}.
 *
 * <pre>{@code
 * TableSchema<SessionBean> schema = TableSchema.fromBean(SessionBean.class);
 * }</pre>
 */
@DynamoDbBean
public class SessionBean {
    private String id;
    private String userId;
    private long expiresAt;

    /** A bean with the same values as the record. */
    public static SessionBean of(Session session) {
        SessionBean bean = new SessionBean();
        bean.setId(session.id());
        bean.setUserId(session.userId());
        bean.setExpiresAt(session.expiresAt());
        return bean;
    }

    @DynamoDbPartitionKey
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public long getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(long expiresAt) {
        this.expiresAt = expiresAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SessionBean that && expiresAt == that.expiresAt
                && Objects.equals(id, that.id) && Objects.equals(userId, that.userId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, userId, expiresAt);
    }
}
