package dev.pulseboard.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InstanceNameTests {

    @Test
    void aLongHostNameIsCutSoTheNameFitsTheSchedulersColumn() {
        String name = InstanceName.of("a-very-long-kubernetes-pod-name-with-a-hash-5f7d9c8b6d-x2x9k", 65535, "0a1b2c");
        assertThat(name).startsWith("a-very-long-kubernetes-pod-nam:65535-0a1b2c").hasSizeLessThanOrEqualTo(50);
    }

    @Test
    void twoInstancesOnOneHostAndPortHaveDifferentNames() {
        assertThat(new InstanceName(8080).value()).isNotEqualTo(new InstanceName(8080).value()).contains(":8080-");
    }
}
