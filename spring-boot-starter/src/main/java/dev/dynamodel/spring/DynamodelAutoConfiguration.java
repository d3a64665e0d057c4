package dev.dynamodel.spring;

import dev.dynamodel.Dynamo;
import dev.dynamodel.observe.RequestListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * A {@link Dynamo} bean over the application's {@link DynamoDbClient} (and its
 * {@link DynamoDbAsyncClient}, if it has one), or over a client made from {@code dynamodel.region}
 * and {@code dynamodel.endpoint}; one bean per generated model ({@link ModelBeanRegistrar}); and,
 * with {@code dynamodel.local.enabled=true}, all of it on embedded DynamoDB Local
 * ({@link LocalDatabaseConfiguration}, imported first so that its beans take the place of these).
 */
@AutoConfiguration
@ConditionalOnClass({Dynamo.class, DynamoDbClient.class})
@EnableConfigurationProperties(DynamodelProperties.class)
@Import({LocalDatabaseConfiguration.class, ModelBeanRegistrar.class})
public class DynamodelAutoConfiguration {

    /**
     * Only when the application has neither a client nor a {@code Dynamo} of its own (which would
     * come with its client); closed with the context.
     */
    @Bean
    @ConditionalOnMissingBean({DynamoDbClient.class, Dynamo.class})
    DynamoDbClient dynamoDbClient(DynamodelProperties properties) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder();
        if (properties.getRegion() != null) {
            builder.region(Region.of(properties.getRegion()));
        }
        if (properties.getEndpoint() != null) {
            builder.endpointOverride(properties.getEndpoint());
        }
        return builder.build();
    }

    /** Closing it leaves the clients open: they are beans of their own. Every request listener bean hears it. */
    @Bean
    @ConditionalOnMissingBean
    Dynamo dynamo(DynamoDbClient client, ObjectProvider<DynamoDbAsyncClient> asyncClient, DynamodelProperties properties,
                  ObjectProvider<RequestListener> listeners, ObjectProvider<DynamoCustomizer> customizers) {
        Dynamo.Builder builder = Dynamo.builder(client);
        asyncClient.ifAvailable(builder::asyncClient);
        return DynamoOptions.build(builder, properties, listeners.orderedStream(), customizers.orderedStream());
    }
}
