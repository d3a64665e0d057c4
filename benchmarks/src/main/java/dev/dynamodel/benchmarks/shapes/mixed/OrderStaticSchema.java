package dev.dynamodel.benchmarks.shapes.mixed;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;

import java.math.BigDecimal;
import java.time.Instant;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * The mixed shape as a hand-built Enhanced Client {@link StaticTableSchema} over {@link OrderBean}.
 *
 * <pre>{@code
 * OrderBean back = OrderStaticSchema.SCHEMA.mapToItem(OrderStaticSchema.SCHEMA.itemToMap(bean, true));
 * }</pre>
 */
public final class OrderStaticSchema {
    /** The schema over {@link OrderBean}. */
    public static final StaticTableSchema<OrderBean> SCHEMA = StaticTableSchema.builder(OrderBean.class)
            .newItemSupplier(OrderBean::new)
            .addAttribute(String.class, a -> a.name("id")
                    .getter(OrderBean::getId).setter(OrderBean::setId)
                    .tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("customer")
                    .getter(OrderBean::getCustomer).setter(OrderBean::setCustomer))
            .addAttribute(Instant.class, a -> a.name("createdAt")
                    .getter(OrderBean::getCreatedAt).setter(OrderBean::setCreatedAt))
            .addAttribute(int.class, a -> a.name("quantity")
                    .getter(OrderBean::getQuantity).setter(OrderBean::setQuantity))
            .addAttribute(long.class, a -> a.name("totalCents")
                    .getter(OrderBean::getTotalCents).setter(OrderBean::setTotalCents))
            .addAttribute(double.class, a -> a.name("weightKg")
                    .getter(OrderBean::getWeightKg).setter(OrderBean::setWeightKg))
            .addAttribute(BigDecimal.class, a -> a.name("price")
                    .getter(OrderBean::getPrice).setter(OrderBean::setPrice))
            .addAttribute(boolean.class, a -> a.name("paid")
                    .getter(OrderBean::isPaid).setter(OrderBean::setPaid))
            .addAttribute(EnhancedType.listOf(String.class), a -> a.name("tags")
                    .getter(OrderBean::getTags).setter(OrderBean::setTags))
            .addAttribute(EnhancedType.mapOf(String.class, Integer.class), a -> a.name("lines")
                    .getter(OrderBean::getLines).setter(OrderBean::setLines))
            .build();

    private OrderStaticSchema() {
    }
}
