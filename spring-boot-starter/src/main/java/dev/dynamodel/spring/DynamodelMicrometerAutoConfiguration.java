package dev.dynamodel.spring;

import dev.dynamodel.micrometer.MicrometerRequestListener;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * A {@link MicrometerRequestListener} bean over the application's {@link MeterRegistry}, when
 * {@code dynamodel-micrometer} and Micrometer are on the class path; as a request listener bean, the
 * {@code Dynamo} bean's requests are then recorded as {@code dynamodel.requests} and the other meters.
 * Ordered after Boot's metrics auto-configuration (named for Boot 3 and Boot 4, whose packages
 * differ) so that the registry it makes is seen by the condition.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass({MeterRegistry.class, MicrometerRequestListener.class})
public class DynamodelMicrometerAutoConfiguration {

    /** The application's own {@code MicrometerRequestListener} bean, if it has one, is kept instead. */
    @Bean
    @ConditionalOnBean(MeterRegistry.class)
    @ConditionalOnMissingBean
    MicrometerRequestListener dynamodelMicrometerListener(MeterRegistry registry) {
        return MicrometerRequestListener.of(registry);
    }
}
