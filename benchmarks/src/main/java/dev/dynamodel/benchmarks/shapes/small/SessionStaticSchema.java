package dev.dynamodel.benchmarks.shapes.small;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;

import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * The small shape as a hand-built Enhanced Client {@link StaticTableSchema}: no reflection, the
 * SDK's own fastest configuration.
 *
 * <pre>{@code
 * Map<String, AttributeValue> item = SessionStaticSchema.SCHEMA.itemToMap(bean, true);
 * }</pre>
 */
public final class SessionStaticSchema {
    /** The schema over {@link SessionBean}. */
    public static final StaticTableSchema<SessionBean> SCHEMA = StaticTableSchema.builder(SessionBean.class)
            .newItemSupplier(SessionBean::new)
            .addAttribute(String.class, a -> a.name("id")
                    .getter(SessionBean::getId).setter(SessionBean::setId)
                    .tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("userId")
                    .getter(SessionBean::getUserId).setter(SessionBean::setUserId))
            .addAttribute(long.class, a -> a.name("expiresAt")
                    .getter(SessionBean::getExpiresAt).setter(SessionBean::setExpiresAt))
            .build();

    private SessionStaticSchema() {
    }
}
