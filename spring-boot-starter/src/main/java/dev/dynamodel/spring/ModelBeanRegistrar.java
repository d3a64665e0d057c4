package dev.dynamodel.spring;

import dev.dynamodel.Dynamo;
import dev.dynamodel.Model;
import dev.dynamodel.ModelFactory;
import java.util.ServiceLoader;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * One bean per generated model, from the processor's model index
 * ({@code META-INF/services/dev.dynamodel.ModelFactory}) rather than by scanning classes. Each bean
 * is made by its generated factory ({@code XModel.of(dynamo)} over the {@link Dynamo} bean), not by
 * reflection. A model type the application already declares a bean of is left to that bean.
 *
 * <p>Named like a component: {@code movieModel} for {@code MovieModel}, or the class's full name when
 * two models share a simple name.
 */
final class ModelBeanRegistrar implements ImportBeanDefinitionRegistrar, BeanClassLoaderAware, BeanFactoryAware {
    private ClassLoader classLoader;
    private ListableBeanFactory beanFactory;

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = (ListableBeanFactory) beanFactory;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        @SuppressWarnings("rawtypes")
        ServiceLoader<ModelFactory> factories = ServiceLoader.load(ModelFactory.class, classLoader);
        for (ModelFactory<?> factory : factories) {
            register(factory, registry);
        }
    }

    private <M extends Model<?>> void register(ModelFactory<M> factory, BeanDefinitionRegistry registry) {
        Class<M> type = factory.modelType();
        // Not eager: only bean definitions are read, no bean is made this early.
        if (beanFactory.getBeanNamesForType(type, true, false).length > 0) {
            return;
        }
        RootBeanDefinition definition = new RootBeanDefinition(type, () -> factory.create(beanFactory.getBean(Dynamo.class)));
        registry.registerBeanDefinition(beanName(type, registry), definition);
    }

    private static String beanName(Class<?> type, BeanDefinitionRegistry registry) {
        String simple = StringUtils.uncapitalize(ClassUtils.getShortName(type));
        return registry.containsBeanDefinition(simple) ? type.getName() : simple;
    }
}
