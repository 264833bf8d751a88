package dev.pulseboard.dashboard;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The static files, one mapping per folder, with caching headers. Spring Boot's default {@code /**} mapping is off
 * ({@code spring.web.resources.add-mappings=false}): with it, every link a page writes ({@code @{/members/1/body}},
 * the tabs, the ranges, the forms) was looked up as a file inside the jar by the resource URL encoding, on every
 * request; JFR put a quarter of a page's time there. Now only links under these folders are resolved, and the
 * answers are cached by the resolver chain.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    /** Pulseboard's own files change with a release and have no version in their URL: browsers re-check hourly. */
    private static final CacheControl OWN = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();
    /** WebJars change only with Pulseboard's dependencies. */
    private static final CacheControl WEBJARS = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : new String[] { "css", "js", "img" }) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(OWN).resourceChain(true);
        }
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(WEBJARS).resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }
}
