package dev.dynamodel.benchmarks.mapping;

import dev.dynamodel.benchmarks.shapes.mixed.Order;
import dev.dynamodel.benchmarks.shapes.mixed.OrderBean;
import dev.dynamodel.benchmarks.shapes.mixed.OrderSchema;
import dev.dynamodel.benchmarks.shapes.mixed.OrderHand;
import dev.dynamodel.benchmarks.shapes.mixed.OrderStaticSchema;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;

/**
 * Round trip of the mixed shape ({@code Order}, 10 attributes with a list, a map, a timestamp, numbers).
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar MixedMapping
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MixedMapping {
    private Order record;
    private OrderBean bean;
    private TableSchema<OrderBean> beanSchema;

    @Setup
    public void setUp() {
        record = Order.sample();
        bean = OrderBean.of(record);
        // Built once, as an application would; its reflective set-up cost is what the cold start measures.
        beanSchema = TableSchema.fromBean(OrderBean.class);
    }

    @Benchmark
    public Order dynamodel() {
        return OrderSchema.INSTANCE.fromItem(OrderSchema.INSTANCE.toItem(record));
    }

    @Benchmark
    public OrderBean enhancedBean() {
        return beanSchema.mapToItem(beanSchema.itemToMap(bean, true));
    }

    @Benchmark
    public OrderBean enhancedStatic() {
        return OrderStaticSchema.SCHEMA.mapToItem(OrderStaticSchema.SCHEMA.itemToMap(bean, true));
    }

    @Benchmark
    public Order hand() {
        return OrderHand.fromItem(OrderHand.toItem(record));
    }
}
