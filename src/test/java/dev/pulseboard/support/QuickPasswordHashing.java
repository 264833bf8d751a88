package dev.pulseboard.support;

import java.util.Map;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Test contexts hash new passwords with bcrypt at its least cost (4, about 1 ms here) instead of the application's 10
 * (about 60 ms a hash on this machine kind, paid at every sign-in and token the suite asks for). Same algorithm and
 * the same stored form, {@code {bcrypt}$2a$04$...}; a hash of any other cost or kind is still checked by the
 * application's own encoder.
 */
final class QuickPasswordHashing implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof PasswordEncoder application)) {
            return bean;
        }
        var quick = new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));
        quick.setDefaultPasswordEncoderForMatches(application);
        return quick;
    }
}
