package dev.pulseboard.core;

import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * No statement runs longer than {@link #LIMIT}. On H2 the limit is a setting of each connection (the default URL's
 * {@code QUERY_TIMEOUT}), because H2 runs a statement's own timeout as a {@code SET QUERY_TIMEOUT} command, and every
 * {@code SET} empties the parsed-statement caches of all connections: with a timeout on each statement, H2 parsed
 * every statement again (BENCHMARKS, issue 18). On other databases (PostgreSQL) each statement carries the timeout,
 * unless {@code spring.jdbc.template.query-timeout} says otherwise.
 */
@Configuration(proxyBeanMethods = false)
public class QueryTimeouts {

    static final Duration LIMIT = Duration.ofSeconds(30);

    @Bean
    static BeanPostProcessor statementTimeout(Environment environment) {
        boolean h2 = environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
        boolean configured = environment.containsProperty("spring.jdbc.template.query-timeout");
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcTemplate jdbc && !h2 && !configured) {
                    jdbc.setQueryTimeout((int) LIMIT.toSeconds());
                }
                return bean;
            }
        };
    }
}
