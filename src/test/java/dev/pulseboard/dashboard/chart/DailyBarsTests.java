package dev.pulseboard.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DailyBarsTests {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aMissingDayIsAnEmptySlotNotTheNextDayMovedUp() {
        LocalDate first = LocalDate.of(2026, 11, 28);
        ChartView view = new DailyBars("sleep", "Nights", "hours", List.of(first, first.plusDays(2)))
                .series("Deep", Charts.BLUE, List.of(1.5, 1.25)).labels("Score", List.of("80", "71"))
                .view(new Charts(json));

        JsonNode spec = json.readTree(view.json());
        assertThat(spec.get("categories").toString()).isEqualTo("[\"2026-11-28\",\"2026-11-29\",\"2026-11-30\"]");
        assertThat(spec.at("/series/0/data").toString()).isEqualTo("[1.5,null,1.25]");
        assertThat(spec.get("labels").toString()).isEqualTo("[\"80\",\"\",\"71\"]");
        assertThat(view.readings()).as("two nights, whatever the slots").isEqualTo(2);
    }

    @Test
    void withinARangeEveryDayOfTheRangeHasASlot() {
        LocalDate first = LocalDate.of(2026, 11, 28);
        RangeView week = new RangeView("7d", null, null, LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 2), null);
        ChartView view = new DailyBars("distance", "Distance", "km", List.of(first, first.plusDays(1)))
                .within(week).unit("km", 1).series("Distance", Charts.GREEN, List.of(4.7, 5.1)).view(new Charts(json));

        JsonNode spec = json.readTree(view.json());
        assertThat(spec.get("categories")).hasSize(7);
        assertThat(spec.at("/categories/0").asString()).isEqualTo("2026-11-26");
        assertThat(spec.at("/series/0/data").toString()).isEqualTo("[null,null,4.7,5.1,null,null,null]");
        assertThat(spec.get("unit").asString()).isEqualTo("km");
        assertThat(view.readings()).isEqualTo(2);
        assertThat(view.element()).as("a screen reader hears the figures, not only the count")
                .contains("2 readings in this range; Distance: lowest 4.7 km, highest 5.1 km, latest 5.1 km");
    }

    @Test
    void tellsAScreenReaderHoursAsTheTooltipsWriteThem() {
        LocalDate first = LocalDate.of(2026, 11, 28);
        ChartView view = new DailyBars("sleep", "Nights", "hours", List.of(first, first.plusDays(1), first.plusDays(2)))
                .inHours().series("Deep", Charts.BLUE, Arrays.asList(1.5, null, 1.2833)).view(new Charts(json));

        assertThat(view.element()).contains("Deep: lowest 1 h 17, highest 1 h 30, latest 1 h 17");
    }
}
