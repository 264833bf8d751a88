package dev.pulseboard.emulator.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WithingsErrorsTests {

    /** Some of the "an error occurred" codes of withings-api.md §7 (AIO const.py STATUS_ERROR_OCCURRED). */
    private static final Set<Integer> ERROR_OCCURRED = Set.of(215, 2551, 2552, 2556, 5000, 5001, 10000);
    /** The "unauthorized" family: a client gives up on the link when it sees one of them. */
    private static final Set<Integer> UNAUTHORIZED = Set.of(214, 277, 2553, 2555);

    @Test
    void answersItsOwnFailuresWithAnErrorOccurredStatusNotAnUnauthorizedOne() {
        Map<String, Object> envelope = new WithingsErrors().unexpected(new IllegalStateException("boom"));

        assertThat(envelope.get("status")).isIn(ERROR_OCCURRED.toArray());
        assertThat(UNAUTHORIZED).doesNotContain((Integer) envelope.get("status"));
        assertThat(envelope.get("body")).isEqualTo(Map.of());
        assertThat((String) envelope.get("error")).isEqualTo("An error occurred").doesNotContain("boom");
    }
}
