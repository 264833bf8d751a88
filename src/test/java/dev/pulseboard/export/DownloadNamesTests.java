package dev.pulseboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.pulseboard.account.Member;
import dev.pulseboard.core.HouseholdId;
import dev.pulseboard.core.MemberId;

/**
 * A download's file name says whose it is: in the member's own letters for browsers ({@code filename*}), in plain
 * ASCII beside it; two members whose names have no Latin letter still get two names.
 */
class DownloadNamesTests {

    @Test
    void aNameIsKeptInItsOwnLettersAndFoldedToAsciiBesideIt() {
        assertThat(Downloads.slug(member(4, "Zoë O'Brien-Ñúñez 👩‍⚕️"))).isEqualTo("zoe-o-brien-nunez");
        assertThat(Downloads.ownSlug(member(4, "Zoë O'Brien-Ñúñez 👩‍⚕️"))).isEqualTo("zoë-o-brien-ñúñez");
        assertThat(Downloads.slug(member(2, "李雷"))).isEqualTo("member-2");
        assertThat(Downloads.slug(member(3, "김민준"))).as("another member, another name").isEqualTo("member-3");
        assertThat(Downloads.ownSlug(member(2, "李雷"))).isEqualTo("李雷");
        assertThat(Downloads.ownSlug(member(5, "محمد العلي"))).isEqualTo("محمد-العلي");
        assertThat(Downloads.ownSlug(member(6, "龍".repeat(100)))).as("at most 60 letters: 180 bytes")
                .isEqualTo("龍".repeat(60));
        assertThat(Downloads.percentEncoded("blood-pressure-李雷-2026.pdf"))
                .isEqualTo("blood-pressure-%E6%9D%8E%E9%9B%B7-2026.pdf");
    }

    private static Member member(long id, String name) {
        return new Member(MemberId.of(id), HouseholdId.of(1), name, null, null, null);
    }
}
