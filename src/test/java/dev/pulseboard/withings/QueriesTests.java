package dev.pulseboard.withings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.pulseboard.withings.measure.MeasureCategory;
import dev.pulseboard.withings.measure.MeasureQuery;
import dev.pulseboard.withings.measure.MeasureType;
import dev.pulseboard.withings.transport.DataFields;

class QueriesTests {

    @Test
    void measureQueryAlwaysSendsAWindowOrLastupdate() {
        assertThat(MeasureQuery.between(Instant.ofEpochSecond(10), Instant.ofEpochSecond(20)).params(0))
                .containsExactlyInAnyOrderEntriesOf(Map.of("startdate", "10", "enddate", "20"));
        assertThat(MeasureQuery.updatedSince(Instant.EPOCH).params(0)).containsExactlyInAnyOrderEntriesOf(
                Map.of("lastupdate", "0"));
        assertThatThrownBy(() -> MeasureQuery.updatedSince(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MeasureQuery.between(Instant.ofEpochSecond(20), Instant.ofEpochSecond(10)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MeasureQuery(Instant.EPOCH, Instant.EPOCH, Instant.EPOCH, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void measureQueryWithersKeepTheWindow() {
        MeasureQuery query = MeasureQuery.updatedSince(Instant.ofEpochSecond(5))
                .withMeasTypes(MeasureType.SYSTOLIC_BP, MeasureType.DIASTOLIC_BP)
                .withCategory(MeasureCategory.REAL);

        assertThat(query.params(300)).containsExactlyInAnyOrderEntriesOf(Map.of("lastupdate", "5", "meastypes",
                "10,9", "category", "1", "offset", "300"));
    }

    @Test
    void dateQueryTakesDaysOrLastupdateAndEveryFieldByDefault() {
        assertThat(DateQuery.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))
                .params(0, DataFields.ACTIVITY)).containsEntry("startdateymd", "2026-01-01")
                .containsEntry("enddateymd", "2026-01-31").containsEntry("data_fields",
                        String.join(",", DataFields.ACTIVITY));
        assertThat(DateQuery.updatedSince(Instant.ofEpochSecond(7)).withDataFields("steps")
                .params(200, DataFields.ACTIVITY)).containsExactlyInAnyOrderEntriesOf(Map.of("lastupdate", "7",
                        "data_fields", "steps", "offset", "200"));
        assertThatThrownBy(() -> DateQuery.between(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DateQuery(LocalDate.MIN, null, Instant.EPOCH, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timeWindowNeedsStartBeforeEnd() {
        assertThat(TimeWindow.of(Instant.ofEpochSecond(1), Instant.ofEpochSecond(2)).params())
                .containsExactlyInAnyOrderEntriesOf(Map.of("startdate", "1", "enddate", "2"));
        assertThatThrownBy(() -> TimeWindow.of(Instant.ofEpochSecond(2), Instant.ofEpochSecond(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
