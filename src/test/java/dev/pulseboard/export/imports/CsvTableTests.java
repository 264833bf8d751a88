package dev.pulseboard.export.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import dev.pulseboard.export.csv.WithingsFile;

class CsvTableTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void readsLocalTimesInTheGivenZoneAndOffsetsAsWritten() {
        CsvTable table = new CsvTable(WithingsFile.BP, "\uFEFFDate,Heart rate,Systolic,Diastolic,Comments\r\n"
                + "2026-01-10 07:30:00,61,121,79,\r\n2026-01-10T19:00:00+01:00,60,118,77,\"evening, calm\"\r\n");
        assertThat(table.failed()).isFalse();
        assertThat(table.rows).hasSize(2);
        assertThat(table.rows.get(0).instant("Date", PARIS)).isEqualTo(Instant.parse("2026-01-10T06:30:00Z"));
        assertThat(table.rows.get(1).instant("Date", PARIS)).isEqualTo(Instant.parse("2026-01-10T18:00:00Z"));
        assertThat(table.rows.get(1).number("Systolic")).isEqualByComparingTo(new BigDecimal("118"));
        assertThat(table.rows.get(1).text("Comments")).isEqualTo("evening, calm");
    }

    @Test
    void saysWhichColumnsAreUnknownOrMissingAndWhichLinesAreWrong() {
        CsvTable unknown = new CsvTable(WithingsFile.WEIGHT, "When,Weight (kg),Colour\n2026-01-10 07:30:00,80,red\n");
        assertThat(unknown.problems).anySatisfy(p -> assertThat(p).contains("line 1", "'Colour'"))
                .anySatisfy(p -> assertThat(p).contains("missing column 'Date'"));

        CsvTable bad = new CsvTable(WithingsFile.HEIGHT,
                "Date,Value\n2026-01-10 07:30:00,1.8\n10/01/2026,abc\n2026-01-11 07:30:00,-5\n");
        assertThat(bad.failed()).isFalse();
        bad.rows.get(1).instant("Date", PARIS);
        bad.rows.get(1).number("Value");
        assertThat(bad.rows.get(2).number("Value")).isNull();
        assertThat(bad.problems).containsExactly("line 3: unparsable date '10/01/2026' in column 'Date'",
                "line 3: 'abc' in column 'Value' is not a number",
                "line 4: '-5' in column 'Value' is negative, which no reading, count or duration can be");
    }

    @Test
    void aUserIdColumnMustNameTheLinkedUserOnEveryRow() {
        String text = "Date,Value,userid\n2026-01-10 07:30:00,1.8,42\n2026-01-11 07:30:00,1.8,43\n"
                + "2026-01-12 07:30:00,1.8,\n";
        CsvTable linked = CsvTable.of(WithingsFile.HEIGHT, text, "42");
        assertThat(linked.problems).containsExactly(
                "line 3: user id '43' is not this member's Withings user (42): the file is from another person's "
                        + "archive",
                "line 4: no user id, where the file has a user id column");

        CsvTable unlinked = CsvTable.of(WithingsFile.HEIGHT, text, null);
        assertThat(unlinked.problems).first().asString().contains("line 3", "'43' where line 2 has '42'");

        CsvTable same = CsvTable.of(WithingsFile.HEIGHT, "Date,Value,User ID\n2026-01-10 07:30:00,1.8,42\n", "42");
        assertThat(same.failed()).isFalse();
        assertThat(CsvTable.of(WithingsFile.HEIGHT, "Date,Value\n2026-01-10 07:30:00,1.8\n", "42").failed())
                .as("archives carry no user id column: nothing to check").isFalse();
    }

    @Test
    void acceptsTheSleepHeaderOfRecentArchivesWithItsNightEvents() {
        CsvTable sleep = new CsvTable(WithingsFile.SLEEP, "from,to,light (s),deep (s),rem (s),awake (s),wake up,"
                + "Duration to sleep (s),Duration to wake up (s),Snoring (s),Snoring episodes,Average heart rate,"
                + "Heart rate (min),Heart rate (max),Night events\n"
                + "2026-01-09T23:10:00+01:00,2026-01-10T07:00:00+01:00,12000,6000,5400,1200,2,600,300,0,0,55,48,70,"
                + "\"{\"\"1\"\":[0],\"\"2\"\":[600]}\"\n");
        assertThat(sleep.failed()).as(sleep.problems.toString()).isFalse();
        assertThat(sleep.rows.get(0).number("deep (s)")).isEqualByComparingTo(new BigDecimal("6000"));
    }

    @Test
    void readsTheSleepHeadersOfGermanAndSpanishArchives() {
        String rest = "rem (s),Duration to sleep (s),Duration to wake up (s),Snoring (s),Snoring episodes,"
                + "Average heart rate,Heart rate (min),Heart rate (max)\n"
                + "2026-01-09T23:10:00+01:00,2026-01-10T07:00:00+01:00,12000,6000,1200,2,5400,600,300,0,0,55,48,70\n";
        for (String translated : new String[] { "von,bis,leicht (s),tief (s),wach (s),Aufwachen,",
                "de,a,ligero (s),profundo (s),despierto (s),despertar," }) {
            CsvTable sleep = new CsvTable(WithingsFile.SLEEP, translated + rest);
            assertThat(sleep.failed()).as(sleep.problems.toString()).isFalse();
            assertThat(sleep.rows.get(0).instant("from", PARIS)).isEqualTo(Instant.parse("2026-01-09T22:10:00Z"));
            assertThat(sleep.rows.get(0).number("deep (s)")).isEqualByComparingTo(new BigDecimal("6000"));
            assertThat(sleep.rows.get(0).number("awake (s)")).isEqualByComparingTo(new BigDecimal("1200"));
        }
    }
}
