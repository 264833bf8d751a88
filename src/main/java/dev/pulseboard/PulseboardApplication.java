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
 */
@SpringBootConfiguration
@Modulithic(systemName = "Pulseboard", sharedModules = "core")
@EnableAutoConfiguration
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
