package dev.dynamodel.tests.observe;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * What went over the wire, seen by the SDK client itself: each execution's operation, the
 * User-Agent header it was sent with, and the capacity units DynamoDB Local reported in its response.
 * The test's independent record to hold the library's listener events and sums against.
 */
final class Wire implements ExecutionInterceptor {
    private static final ExecutionAttribute<String> USER_AGENT = new ExecutionAttribute<>("test.wire.userAgent");

    /** One execution: {@code units} is null where the response reported no capacity (or there was none). */
    record Sent(String operation, String userAgent, Double units, boolean failed) {
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    List<Sent> sent() {
        return List.copyOf(sent);
    }

    void clear() {
        sent.clear();
    }

    /** Capacity units reported for {@code operation}, summed. */
    double units(String operation) {
        return sent.stream().filter(s -> s.operation().equals(operation) && s.units() != null)
                .mapToDouble(Sent::units).sum();
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        attributes.putAttribute(USER_AGENT, context.httpRequest().firstMatchingHeader("User-Agent").orElse(""));
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        sent.add(new Sent(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
                attributes.getAttribute(USER_AGENT), units(context.response()), false));
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        sent.add(new Sent(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
                attributes.getAttribute(USER_AGENT), null, true));
    }

    /** The response's ConsumedCapacity field, read by its wire name: one value or a list of them. */
    private static Double units(SdkResponse response) {
        Object reported = response.getValueForField("ConsumedCapacity", Object.class).orElse(null);
        if (reported instanceof ConsumedCapacity one) {
            return one.capacityUnits();
        }
        if (reported instanceof List<?> many && !many.isEmpty()) {
            return many.stream().mapToDouble(c -> ((ConsumedCapacity) c).capacityUnits()).sum();
        }
        return null;
    }
}
