package dev.dynamodel.spring;

import dev.dynamodel.Model;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Creates the table of every model bean made over the embedded database, as the bean is made, so
 * that any bean that uses a model (even while starting) finds its table. Models over another
 * {@code Dynamo}, a real one, are left alone.
 */
final class LocalTables implements BeanPostProcessor {
    private final BeanFactory beanFactory;
    private final String localDynamo;

    LocalTables(BeanFactory beanFactory, String localDynamo) {
        this.beanFactory = beanFactory;
        this.localDynamo = localDynamo;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof Model<?> model && model.dynamo() == beanFactory.getBean(localDynamo)) {
            model.createTableIfNotExists();
        }
        return bean;
    }
}
