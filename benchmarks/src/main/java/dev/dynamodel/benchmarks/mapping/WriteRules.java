package dev.dynamodel.benchmarks.mapping;

import dev.dynamodel.benchmarks.shapes.validated.Signup;
import dev.dynamodel.benchmarks.shapes.validated.SignupSchema;
import dev.dynamodel.schema.WriteKind;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The cost of the write pipeline (defaults, validation, timestamps) against the write-side mapping
 * alone, on the validated shape ({@code Signup}), ns/op. Issue 3's bound: {@code withRules} at most
 * 1.15x {@code toItemOnly}.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar WriteRules
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WriteRules {
    private Signup signup;
    private Clock clock;

    @Setup
    public void setUp() {
        signup = Signup.sample();
        // The clock a Dynamo uses unless told otherwise: prepareForWrite reads it once per write.
        clock = Clock.systemUTC();
    }

    // tag::write-rules[]
    @Benchmark
    public Map<String, AttributeValue> toItemOnly() {
        return SignupSchema.INSTANCE.toItem(signup);
    }

    @Benchmark
    public Map<String, AttributeValue> withRules() {
        Signup ready = SignupSchema.INSTANCE.prepareForWrite(signup, WriteKind.SAVE, clock);
        return SignupSchema.INSTANCE.toItem(ready);
    }
    // end::write-rules[]
}
