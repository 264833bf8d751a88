package dev.pulseboard;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PulseboardApplication.class);

    @Test
    void modulesOnlyUseTheArrowsTheDesignAllows() {
        modules.verify();
    }
}
