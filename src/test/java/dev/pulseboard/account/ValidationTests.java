package dev.pulseboard.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValidationTests {

    /** U+1F600, one character written with two UTF-16 units. */
    static final String EMOJI = "\uD83D\uDE00";

    @Test
    void aNameIsCountedInCharactersAsPeopleCountThem() {
        String hundredEmoji = EMOJI.repeat(100);
        assertThat(Validation.name(hundredEmoji, "name")).isEqualTo(hundredEmoji);
        assertThatThrownBy(() -> Validation.name(EMOJI.repeat(101), "name"))
                .hasMessageContaining("at most 100 characters");
    }

    @Test
    void aNumberedNameIsCutBetweenCharactersNeverInsideOne() {
        String name = "a".repeat(95) + EMOJI + EMOJI + EMOJI + EMOJI;
        String numbered = Validation.numbered(name, n -> n.equals(name));
        assertThat(numbered).isEqualTo("a".repeat(95) + EMOJI + " (2)");
        assertThat(numbered.codePoints().allMatch(c -> !Character.isSurrogate((char) c) || c > 0xFFFF)).isTrue();
        assertThat(numbered.codePointCount(0, numbered.length())).isEqualTo(100);
    }

    @Test
    void aTextCutToAColumnsLengthKeepsWholeCharacters() {
        assertThat(Validation.firstUnits("ab" + EMOJI, 3)).isEqualTo("ab");
        assertThat(Validation.firstUnits("ab" + EMOJI, 4)).isEqualTo("ab" + EMOJI);
        assertThat(Validation.firstUnits("abc", 2)).isEqualTo("ab");
        assertThat(Validation.firstCharacters("ab" + EMOJI + "c", 3)).isEqualTo("ab" + EMOJI);
    }
}
