package dev.pulseboard.emulator;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** {@code --pulseboard.mode=emulator}: the Withings emulator alone, at {@code /} of its port. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(EmulatorConfiguration.class)
public class EmulatorApplication {
}
