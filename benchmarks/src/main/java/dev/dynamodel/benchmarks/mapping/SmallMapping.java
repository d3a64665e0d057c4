package dev.dynamodel.benchmarks.mapping;

import dev.dynamodel.benchmarks.shapes.small.Session;
import dev.dynamodel.benchmarks.shapes.small.SessionBean;
import dev.dynamodel.benchmarks.shapes.small.SessionSchema;
import dev.dynamodel.benchmarks.shapes.small.SessionHand;
import dev.dynamodel.benchmarks.shapes.small.SessionStaticSchema;
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
 * Round trip of the small flat shape ({@code Session}, 3 attributes).
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar SmallMapping
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SmallMapping {
    private Session record;
    private SessionBean bean;
    private TableSchema<SessionBean> beanSchema;

    @Setup
    public void setUp() {
        record = Session.sample();
        bean = SessionBean.of(record);
        // Built once, as an application would; its reflective set-up cost is what the cold start measures.
        beanSchema = TableSchema.fromBean(SessionBean.class);
    }

    @Benchmark
    public Session dynamodel() {
        return SessionSchema.INSTANCE.fromItem(SessionSchema.INSTANCE.toItem(record));
    }

    @Benchmark
    public SessionBean enhancedBean() {
        return beanSchema.mapToItem(beanSchema.itemToMap(bean, true));
    }

    @Benchmark
    public SessionBean enhancedStatic() {
        return SessionStaticSchema.SCHEMA.mapToItem(SessionStaticSchema.SCHEMA.itemToMap(bean, true));
    }

    @Benchmark
    public Session hand() {
        return SessionHand.fromItem(SessionHand.toItem(record));
    }
}
