package dev.pulseboard.health.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class SampleCodecTests {

    @Test
    void roundTripsAnEcgStripExactlyAndCompactly() {
        Random random = new Random(42);
        int[] strip = new int[9000];
        int value = 0;
        for (int i = 0; i < strip.length; i++) {
            value += random.nextInt(61) - 30;
            strip[i] = value;
        }
        String encoded = SampleCodec.encode(strip);
        assertThat(SampleCodec.decode(encoded)).containsExactly(strip);
        assertThat(encoded.length()).as("base64 of about one byte a sample").isLessThan(9000 * 4 / 2);
    }

    @Test
    void roundTripsExtremesAndEmptySeries() {
        int[] extremes = { Integer.MAX_VALUE, Integer.MIN_VALUE, 0, -1, 1, 1_800_000_000, -1_800_000_000 };
        assertThat(SampleCodec.decode(SampleCodec.encode(extremes))).containsExactly(extremes);
        assertThat(SampleCodec.decode(SampleCodec.encode(new int[0]))).isEmpty();
    }
}
