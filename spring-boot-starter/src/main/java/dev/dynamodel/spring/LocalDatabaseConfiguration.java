package dev.dynamodel.spring;

import dev.dynamodel.Dynamo;
import dev.dynamodel.observe.RequestListener;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.util.ClassUtils;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code dynamodel.local.enabled=true}: a fresh embedded DynamoDB Local for this context. Its
 * {@link Dynamo} and clients are primary beans, so the models, and any code of the application that
 * injects a {@code DynamoDbClient}, reach it rather than AWS; the database stops when the context
 * closes. Tables are created as model beans are made ({@link LocalTables}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "dynamodel.local", name = "enabled", havingValue = "true")
class LocalDatabaseConfiguration implements BeanClassLoaderAware {
    static final String DYNAMO = "dynamodelLocalDynamo";
    private static final String DYNAMO_LOCAL = "dev.dynamodel.local.DynamoLocal";

    private ClassLoader classLoader;

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** Closed with the context (Spring calls {@code close()}), which stops the database. */
    @Bean(DYNAMO)
    @Primary
    Dynamo dynamodelLocalDynamo(DynamodelProperties properties, ObjectProvider<RequestListener> listeners,
                                ObjectProvider<DynamoCustomizer> customizers) {
        // Fail rather than fall back to AWS: a test that asked for a local database must never reach a real table.
        if (!ClassUtils.isPresent(DYNAMO_LOCAL, classLoader)) {
            throw new IllegalStateException("dynamodel.local.enabled=true needs dev.dynamodel:dynamodel-local on the "
                    + "class path (test scope); " + DYNAMO_LOCAL + " was not found");
        }
        return DynamoOptions.build(LocalModule.builder(), properties, listeners.orderedStream(),
                customizers.orderedStream());
    }

    /** The database's own client: not closed here, the database owns it. */
    @Bean(destroyMethod = "")
    @Primary
    DynamoDbClient dynamodelLocalClient(@Qualifier(DYNAMO) Dynamo dynamo) {
        return dynamo.client();
    }

    /** The database's own asynchronous client: not closed here, the database owns it. */
    @Bean(destroyMethod = "")
    @Primary
    DynamoDbAsyncClient dynamodelLocalAsyncClient(@Qualifier(DYNAMO) Dynamo dynamo) {
        return dynamo.asyncClient();
    }

    /** Static: a post-processor is made before other beans, and must not make this configuration early. */
    @Bean
    @ConditionalOnProperty(prefix = "dynamodel.local", name = "create-tables", havingValue = "true", matchIfMissing = true)
    static LocalTables dynamodelLocalTables(BeanFactory beanFactory) {
        return new LocalTables(beanFactory, DYNAMO);
    }
}
