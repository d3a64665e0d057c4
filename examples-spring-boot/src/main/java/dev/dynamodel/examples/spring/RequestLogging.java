package dev.dynamodel.examples.spring;

import dev.dynamodel.observe.RequestListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Logs the requests to DynamoDB that failed or were slow: a request listener bean, which the starter adds to the Dynamo. */
@Configuration(proxyBeanMethods = false)
public class RequestLogging {
    private static final Logger LOG = LoggerFactory.getLogger(RequestLogging.class);

    // tag::listener[]
    @Bean
    RequestListener slowOrFailedRequests() {
        return event -> {
            if (!event.succeeded() || event.latency().toMillis() > 100) {
                LOG.warn("{} on {}: {} in {} ms", event.operation(), event.table(),
                        event.errorCode().orElse("ok"), event.latency().toMillis());
            }
        };
    }
    // end::listener[]
}
