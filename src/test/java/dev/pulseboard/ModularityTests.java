package dev.pulseboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private static final int MAX_CLASSES_PER_PACKAGE = 15;

    private final ApplicationModules modules = ApplicationModules.of(PulseboardApplication.class);

    @Test
    void modulesOnlyUseTheArrowsTheDesignAllows() {
        modules.verify();
    }

    @Test
    void everyPackageHoldsAtMostFifteenClasses() throws IOException {
        Path sources = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            Map<Path, Long> perPackage = files
                    .filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"))
                    .collect(Collectors.groupingBy(f -> sources.relativize(f.getParent()), Collectors.counting()));
            assertThat(perPackage).isNotEmpty();
            assertThat(perPackage).allSatisfy((pkg, count) -> assertThat(count)
                    .as("classes in %s", pkg).isLessThanOrEqualTo(MAX_CLASSES_PER_PACKAGE));
        }
    }

    @Test
    void writesTheModuleCanvasesAndDiagramsIntoTarget() {
        new Documenter(modules).writeDocumentation();
        assertThat(Path.of("target/spring-modulith-docs/components.puml")).exists();
    }
}
