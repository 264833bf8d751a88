package dev.pulseboard.dashboard;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} opened as an address, not reached through an error: there is nothing there, so it is the usual "Not
 * found" (page or JSON). Spring Boot's error controller would answer a 500 with the status 999, a server failure that
 * never happened.
 */
@Configuration(proxyBeanMethods = false)
class ErrorAddress {

    static final String PATH = "/error";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> errorAddressOpened() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Opened());
        registration.addUrlPatterns(PATH);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    private static final class Opened extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
