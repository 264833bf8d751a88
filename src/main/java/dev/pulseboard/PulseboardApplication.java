package dev.pulseboard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.Modulithic;

import dev.pulseboard.emulator.EmulatorConfiguration;

/**
 * Pulseboard: a self-hosted health hub for Withings devices.
 *
 * <p>Beans are named by their fully qualified class names, so two modules may each have, say, a
 * {@code SettingsController}. The emulator is not component-scanned: {@link EmulatorConfiguration} brings it in when demo mode turns
 * it on, and {@code --pulseboard.mode=emulator} starts it alone (see {@link Modes}).
 *
 * <p>Left out, because nothing uses them and each costs start-up time: Boot's OAuth 2.0 client beans (an authorized
 * client service and repository, which made Spring Security build an authorized client manager, and with it an HTTP
 * client, the TLS stack and the trust store, during every start; OIDC sign-in keeps no provider tokens and brings
 * its own registration repository, see {@code security.oidc.OidcLogin}), and the actuator's second, Jackson 2,
 * endpoint mapper (the endpoints are written with Jackson 3's).
 */
@SpringBootConfiguration
@Modulithic(systemName = "Pulseboard", sharedModules = "core")
@EnableAutoConfiguration(excludeName = {
        "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration",
        "org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.endpoint.jackson.Jackson2EndpointAutoConfiguration" })
@ConfigurationPropertiesScan(basePackages = "dev.pulseboard")
@ComponentScan(nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class, excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "dev\\.pulseboard\\.emulator\\..*") })
@Import(EmulatorConfiguration.class)
public class PulseboardApplication {

    public static void main(String[] args) {
        SpringApplication.run(Modes.primarySource(args), args);
    }
}
