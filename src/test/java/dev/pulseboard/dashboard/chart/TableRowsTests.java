package dev.pulseboard.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class TableRowsTests {

    private static final NumberFormat US = NumberFormat.getIntegerInstance(Locale.US);

    @Test
    void aRangeOfNoMoreThanTheLatestSaysNothing() {
        assertThat(TableRows.parse(null).count(14, 14, 14, "nights", "t", US::format, "")).isNull();
        assertThat(TableRows.parse("all").count(9, 9, 14, "nights", "t", US::format, "")).isNull();
    }

    @Test
    void onlyAllListsAll() {
        assertThat(TableRows.parse("all").limit()).isEqualTo(TableRows.MOST);
        assertThat(TableRows.parse("ALL").limit()).isEqualTo(14);
        assertThat(TableRows.parse("1000000").limit(20)).isEqualTo(20);
    }

    @Test
    void allStopsAtTheMostAndSendsToTheCsvForTheRest() {
        TableRows.Count count = TableRows.parse("all").count(1_000, 1_826, 14, "weigh-ins", "weigh-in-table",
                US::format, "");

        assertThat(count.sentence()).isEqualTo(
                "The latest 1,000 of the 1,826 weigh-ins in these days; every one is in these days' CSV.");
        assertThat(count.linkText()).isEqualTo("Show the latest 14");
        assertThat(count.query()).isEmpty();
        assertThat(count.all()).isTrue();
    }

    @Test
    void moreThanTheMostIsOfferedAsTheMost() {
        TableRows.Count count = TableRows.parse(null).count(14, 1_590, 14, "weigh-ins", "t", US::format, "");

        assertThat(count.linkText()).isEqualTo("Show the latest 1,000 (every one is in the CSV)");
    }

    @Test
    void daysAreTheseDays() {
        assertThat(TableRows.parse(null).count(14, 90, 14, "days", "t", US::format, "").sentence())
                .isEqualTo("The latest 14 of these 90 days.");
        assertThat(TableRows.parse("all").count(90, 90, 14, "days", "t", US::format, "").sentence())
                .isEqualTo("All 90 days, newest first.");
    }

    @Test
    void theLatestOffersAllAndKeepsWhatItIsGiven() {
        TableRows.Count count = TableRows.parse(null).count(14, 62, 14, "nights", "nights-table", US::format,
                "&night=2026-12-01");

        assertThat(count.sentence()).isEqualTo("The latest 14 of the 62 nights in these days.");
        assertThat(count.linkText()).isEqualTo("Show all 62");
        assertThat(count.query()).isEqualTo("&night=2026-12-01&rows=all");
        assertThat(count.anchor()).isEqualTo("nights-table");
    }
}
