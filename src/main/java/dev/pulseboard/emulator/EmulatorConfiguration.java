package dev.pulseboard.emulator;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The emulator's beans, switched on by {@code pulseboard.emulator.enabled} (demo mode sets it). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("pulseboard.emulator.enabled")
@ComponentScan(basePackageClasses = EmulatorConfiguration.class)
public class EmulatorConfiguration {
}
