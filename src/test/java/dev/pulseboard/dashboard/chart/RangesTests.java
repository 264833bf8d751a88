package dev.pulseboard.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class RangesTests {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    final Ranges ranges = new Ranges(Clock.fixed(Instant.parse("2026-11-23T23:30:00Z"), ZoneOffset.UTC));

    @Test
    void defaultsToTheLast90DaysOfTheViewersCalendarIncludingToday() {
        RangeView range = ranges.parse(null, null, null, PARIS);
        // 23:30 UTC is already 24 November in Paris.
        assertThat(range.key()).isEqualTo("90d");
        assertThat(range.lastDay()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(range.firstDay()).isEqualTo(LocalDate.of(2026, 8, 27));
        assertThat(range.to()).isEqualTo(Instant.parse("2026-11-24T23:00:00Z"));
        assertThat(range.message()).isNull();
    }

    @Test
    void dailyDataRunToTheMembersDayWhenItIsAheadOfTheViewersToday() {
        // 23:30 UTC: 23 November in Los Angeles, where the viewer fixed their zone; 24 November in Auckland.
        ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
        RangeView week = ranges.parse("7d", null, null, losAngeles);
        LocalDate viewers = LocalDate.of(2026, 11, 23);
        LocalDate aucklands = LocalDate.of(2026, 11, 24);

        assertThat(week.lastDay()).isEqualTo(viewers);
        assertThat(week.throughMembersDay(aucklands, viewers).lastDay()).isEqualTo(aucklands);
        assertThat(week.throughMembersDay(aucklands, viewers).firstDay()).isEqualTo(week.firstDay());
        assertThat(week.throughMembersDay(viewers.minusDays(1), viewers)).as("a member behind: as it is")
                .isSameAs(week);
        RangeView past = ranges.parse("custom", "2026-01-01", "2026-01-31", losAngeles);
        assertThat(past.throughMembersDay(aucklands, viewers)).as("a range in the past: as chosen").isSameAs(past);
    }

    @Test
    void allHasNoStart() {
        RangeView range = ranges.parse("all", null, null, PARIS);
        assertThat(range.from()).isNull();
        assertThat(range.key()).isEqualTo("all");
    }

    @Test
    void customRangeIncludesBothDays() {
        RangeView range = ranges.parse("custom", "2026-01-01", "2026-01-31", PARIS);
        assertThat(range.from()).isEqualTo(Instant.parse("2025-12-31T23:00:00Z"));
        assertThat(range.to()).isEqualTo(Instant.parse("2026-01-31T23:00:00Z"));
        assertThat(range.isCustom()).isTrue();
    }

    @Test
    void datesWithoutARangeKeyAreACustomRange() {
        assertThat(ranges.parse(null, "2026-01-01", null, PARIS).key()).isEqualTo("custom");
    }

    @Test
    void fallsBackToTheDefaultWithAMessageForAnInvertedRange() {
        RangeView range = ranges.parse("custom", "2026-02-01", "2026-01-01", PARIS);
        assertThat(range.key()).isEqualTo("90d");
        assertThat(range.message()).contains("ends before it starts");
    }

    @Test
    void fallsBackToTheDefaultWithAMessageForARangeInTheFuture() {
        RangeView range = ranges.parse("custom", "2027-01-01", "2027-02-01", PARIS);
        assertThat(range.key()).isEqualTo("90d");
        assertThat(range.message()).contains("future");
    }

    @Test
    void aCustomRangeRunningPastTodayEndsTodayAndSaysSo() {
        RangeView range = ranges.parse("custom", "2026-11-10", "2027-06-01", PARIS);
        assertThat(range.key()).isEqualTo("custom");
        assertThat(range.firstDay()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(range.lastDay()).as("today in Paris").isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(range.to()).isEqualTo(Instant.parse("2026-11-24T23:00:00Z"));
        assertThat(range.message()).isEqualTo("The custom range ran past today; it ends today.");
        assertThat(range.refused()).as("cut, not refused").isFalse();
        assertThat(ranges.parse("custom", "2027-01-01", "2027-02-01", PARIS).refused()).isTrue();
    }

    @Test
    void fallsBackToTheDefaultWithAMessageForUnreadableInput() {
        assertThat(ranges.parse("custom", "01/02/2026", null, PARIS).message()).contains("could not be read");
        assertThat(ranges.parse("custom", "-999999999-01-01", "2026-01-01", PARIS).message())
                .contains("between the years 1900 and 9999");
        assertThat(ranges.parse("custom", "2026-01-01", "+999999999-12-31", PARIS).message())
                .contains("between the years 1900 and 9999");
        assertThat(ranges.parse("fortnight", null, null, PARIS).message()).contains("Unknown range");
    }
}
