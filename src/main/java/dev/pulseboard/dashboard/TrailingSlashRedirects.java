package dev.pulseboard.dashboard;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.UrlHandlerFilter;

/**
 * A page's address typed or pasted with a slash at the end ({@code /members/3/}) leads to the page, by a permanent
 * redirect to the address without it: Spring matches addresses exactly, and a person reads "Not found" as the page
 * being gone. The API's addresses stay exact (a script should use the documented one).
 */
@Configuration(proxyBeanMethods = false)
class TrailingSlashRedirects {

    @Bean
    FilterRegistrationBean<UrlHandlerFilter> trailingSlashRedirects() {
        return new FilterRegistrationBean<>(UrlHandlerFilter.trailingSlashHandler("/members/**", "/household/**",
                "/account/**", "/invitations/**", "/settings/**", "/audit/**", "/setup/**", "/login/**")
                .redirect(HttpStatus.PERMANENT_REDIRECT).build());
    }
}
