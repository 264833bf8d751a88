package dev.pulseboard.emulator;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The emulator's beans inside Pulseboard, switched on by {@code pulseboard.emulator.enabled} (demo mode sets it). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("pulseboard.emulator.enabled")
@Import(EmulatorBeans.class)
public class EmulatorConfiguration {
}
