package dev.dynamodel.benchmarks.shapes.mixed;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * The mixed shape as an Enhanced Client bean, mapped by {@code TableSchema.fromBean} and by
 * {@link OrderStaticSchema}. The SDK's default converters store the {@code Instant} as an ISO-8601
 * string, as dynamodel and {@link OrderHand} do.
 *
 * <pre>{@code
 * TableSchema<OrderBean> schema = TableSchema.fromBean(OrderBean.class);
 * }</pre>
 */
@DynamoDbBean
public class OrderBean {
    private String id;
    private String customer;
    private Instant createdAt;
    private int quantity;
    private long totalCents;
    private double weightKg;
    private BigDecimal price;
    private boolean paid;
    private List<String> tags;
    private Map<String, Integer> lines;

    /** A bean with the same values as the record. */
    public static OrderBean of(Order order) {
        OrderBean bean = new OrderBean();
        bean.setId(order.id());
        bean.setCustomer(order.customer());
        bean.setCreatedAt(order.createdAt());
        bean.setQuantity(order.quantity());
        bean.setTotalCents(order.totalCents());
        bean.setWeightKg(order.weightKg());
        bean.setPrice(order.price());
        bean.setPaid(order.paid());
        bean.setTags(order.tags());
        bean.setLines(new LinkedHashMap<>(order.lines()));
        return bean;
    }

    @DynamoDbPartitionKey
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public long getTotalCents() {
        return totalCents;
    }

    public void setTotalCents(long totalCents) {
        this.totalCents = totalCents;
    }

    public double getWeightKg() {
        return weightKg;
    }

    public void setWeightKg(double weightKg) {
        this.weightKg = weightKg;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public boolean isPaid() {
        return paid;
    }

    public void setPaid(boolean paid) {
        this.paid = paid;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags;
    }

    public Map<String, Integer> getLines() {
        return lines;
    }

    public void setLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrderBean that && quantity == that.quantity && totalCents == that.totalCents
                && Double.compare(weightKg, that.weightKg) == 0 && paid == that.paid
                && Objects.equals(id, that.id) && Objects.equals(customer, that.customer)
                && Objects.equals(createdAt, that.createdAt) && Objects.equals(price, that.price)
                && Objects.equals(tags, that.tags) && Objects.equals(lines, that.lines);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, customer, createdAt, quantity, totalCents, weightKg, price, paid, tags, lines);
    }
}
