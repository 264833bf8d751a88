package dev.pulseboard.emulator;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.web.method.HandlerTypePredicate;
import org.springframework.web.servlet.config.annotation.PathMatchConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every emulator bean, shared by demo mode ({@link EmulatorConfiguration}) and standalone mode
 * ({@link EmulatorApplication}); puts every emulator controller under {@code pulseboard.emulator.base-path}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmulatorProperties.class)
@ComponentScan(basePackageClasses = EmulatorBeans.class, excludeFilters = @ComponentScan.Filter(
        type = FilterType.ASSIGNABLE_TYPE,
        classes = { EmulatorApplication.class, EmulatorConfiguration.class, EmulatorBeans.class }))
class EmulatorBeans implements WebMvcConfigurer {

    private final EmulatorProperties properties;

    EmulatorBeans(EmulatorProperties properties) {
        this.properties = properties;
    }

    @Override
    public void configurePathMatch(PathMatchConfigurer configurer) {
        if (!properties.basePath().isEmpty()) {
            configurer.addPathPrefix(properties.basePath(),
                    HandlerTypePredicate.forBasePackageClass(EmulatorBeans.class));
        }
    }
}
