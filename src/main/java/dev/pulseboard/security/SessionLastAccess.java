package dev.pulseboard.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Sign-in sessions store their last access at most once every {@link #WRITE_EVERY}, not on every request: Spring
 * Session's JDBC repository wrote the session row on each page view, a database commit per page that also kept H2's
 * written chunks in the heap for their 45-second retention (BENCHMARKS, issue 18). A session therefore ends at most a
 * minute earlier than its idle timeout says. Attribute changes (sign-in, CSRF token, password change) are written as
 * before, at the end of their request.
 */
@Configuration(proxyBeanMethods = false)
class SessionLastAccess {

    static final Duration WRITE_EVERY = Duration.ofMinutes(1);

    @Bean
    static BeanPostProcessor sessionLastAccessWrittenEveryMinute() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof FindByIndexNameSessionRepository<?> sessions && !(bean instanceof Sessions<?>)) {
                    return Sessions.over(sessions);
                }
                return bean;
            }
        };
    }

    /** The repository's sessions, each of which moves its last access only once it is {@link #WRITE_EVERY} old. */
    static final class Sessions<S extends Session> implements FindByIndexNameSessionRepository<Tracked<S>>,
            DisposableBean {

        private final FindByIndexNameSessionRepository<S> delegate;

        private Sessions(FindByIndexNameSessionRepository<S> delegate) {
            this.delegate = delegate;
        }

        static <S extends Session> Sessions<S> over(FindByIndexNameSessionRepository<S> delegate) {
            return new Sessions<>(delegate);
        }

        @Override
        public Tracked<S> createSession() {
            return new Tracked<>(delegate.createSession());
        }

        @Override
        public void save(Tracked<S> session) {
            delegate.save(session.delegate);
        }

        @Override
        public Tracked<S> findById(String id) {
            S found = delegate.findById(id);
            return found == null ? null : new Tracked<>(found);
        }

        @Override
        public void deleteById(String id) {
            delegate.deleteById(id);
        }

        @Override
        public Map<String, Tracked<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return delegate.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> new Tracked<>(e.getValue())));
        }

        @Override
        public void destroy() throws Exception {
            if (delegate instanceof DisposableBean disposable) {
                disposable.destroy();
            }
        }
    }

    /** A session whose last access moves only once the stored one is {@link #WRITE_EVERY} old. */
    static final class Tracked<S extends Session> implements Session {

        private final S delegate;

        Tracked(S delegate) {
            this.delegate = delegate;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            Instant stored = delegate.getLastAccessedTime();
            if (stored == null || !lastAccessedTime.isBefore(stored.plus(WRITE_EVERY))) {
                delegate.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return delegate.getId();
        }

        @Override
        public String changeSessionId() {
            return delegate.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return delegate.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return delegate.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            delegate.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            delegate.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return delegate.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return delegate.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            delegate.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return delegate.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return delegate.isExpired();
        }
    }
}
