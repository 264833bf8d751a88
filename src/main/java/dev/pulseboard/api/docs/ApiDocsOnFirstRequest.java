package dev.pulseboard.api.docs;

import java.util.ArrayList;
import java.util.List;

import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Keeps springdoc (the OpenAPI document and its Swagger UI) off the start-up path: the beans that springdoc's
 * auto-configurations declare are made lazy, so springdoc, swagger-core and their Jackson 2 load when
 * {@code /v3/api-docs} or the Swagger UI is first asked for. Spring MVC maps a lazy controller by its bean name and
 * makes it at its first request. springdoc marks its beans {@code @Lazy(false)}, which is why
 * {@code spring.main.lazy-initialization} does not reach them; this runs after the definitions are read, so it does.
 * <p>
 * Several of springdoc's beans only register model converters and ignored types in swagger's and springdoc's static
 * settings, and nothing asks for them: the document's controller is made to depend on every other springdoc bean, so
 * its first request makes them all, in the order the eager start did, and the document comes out the same. Beans
 * that act at the end of the start ({@link SmartInitializingSingleton}) stay eager, as they would miss it otherwise.
 */
public final class ApiDocsOnFirstRequest implements BeanFactoryPostProcessor {

    private static final String SPRINGDOC = "org.springdoc.";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {
        List<String> springdoc = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        for (String name : factory.getBeanDefinitionNames()) {
            BeanDefinition definition = factory.getBeanDefinition(name);
            if (!declaredBySpringdoc(factory, definition) || returns(definition, SmartInitializingSingleton.class)) {
                continue;
            }
            definition.setLazyInit(true);
            (returns(definition, OpenApiWebMvcResource.class) ? documents : springdoc).add(name);
        }
        for (String document : documents) {
            factory.getBeanDefinition(document).setDependsOn(springdoc.toArray(String[]::new));
        }
    }

    private static boolean declaredBySpringdoc(ConfigurableListableBeanFactory factory, BeanDefinition definition) {
        String declaring = definition.getFactoryBeanName() == null ? definition.getBeanClassName()
                : factory.getBeanDefinition(definition.getFactoryBeanName()).getBeanClassName();
        return declaring != null && declaring.startsWith(SPRINGDOC);
    }

    private static boolean returns(BeanDefinition definition, Class<?> type) {
        return definition instanceof AnnotatedBeanDefinition annotated && annotated.getFactoryMethodMetadata() != null
                && annotated.getFactoryMethodMetadata().getReturnTypeName().equals(type.getName());
    }
}
