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

        CsvTable bad = new CsvTable(WithingsFile.HEIGHT, "Date,Value\n2026-01-10 07:30:00,1.8\n10/01/2026,abc\n");
        assertThat(bad.failed()).isFalse();
        bad.rows.get(1).instant("Date", PARIS);
        bad.rows.get(1).number("Value");
        assertThat(bad.problems).containsExactly("line 3: unparsable date '10/01/2026' in column 'Date'",
                "line 3: 'abc' in column 'Value' is not a number");
    }
}
