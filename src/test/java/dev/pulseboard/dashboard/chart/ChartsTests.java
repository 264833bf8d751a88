package dev.pulseboard.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.pulseboard.dashboard.unit.WeightUnit;
import dev.pulseboard.health.measure.Reading;

class ChartsTests {

    final JsonMapper json = JsonMapper.builder().build();
    final Charts charts = new Charts(json);

    static final RangeView ALL = new RangeView("all", null, Instant.parse("2026-12-05T00:00:00Z"), null,
            LocalDate.parse("2026-12-04"), null);

    @Test
    void drawsTenYearsOfDailyReadingsAsAtMostOnePointPerPixelButCountsThemAll() {
        List<Reading> daily = new ArrayList<>();
        for (int i = 0; i < 3653; i++) {
            daily.add(new Reading(Instant.parse("2016-01-01T06:30:00Z").plusSeconds(86_400L * i),
                    BigDecimal.valueOf(70 + (i % 9) / 10.0), "kg"));
        }
        ChartView chart = charts.chart("body-chart", "Weight", "kg", List.of(Charts.Line.of("Weight", Charts.BLUE,
                daily)), List.of(), ALL, ZoneId.of("UTC"));
        assertThat(chart.readings()).isEqualTo(3653);
        assertThat(chart.drawn()).isEqualTo(Charts.MAX_POINTS);
        assertThat(json.readTree(chart.json()).get("series").get(0).get("data").size()).isEqualTo(Charts.MAX_POINTS);
    }

    @Test
    void writesTimesAsTheWallClockOfTheViewersZoneAndConvertsUnits() {
        Instant summerMorning = Instant.parse("2026-07-01T05:00:00Z");
        ChartView chart = charts.chart("body-chart", "Weight", "lb",
                List.of(Charts.Line.of("Weight", Charts.BLUE,
                        List.of(new Reading(summerMorning, new BigDecimal("80.000"), "kg")))
                        .converted(WeightUnit.LB::fromKilograms).asDashed()),
                List.of(new Charts.Band(120, 130, "Normal", "#eee")), ALL, ZoneId.of("Europe/Paris"));
        JsonNode series = json.readTree(chart.json()).get("series").get(0);
        // 05:00 UTC is 07:00 in Paris in summer: drawn as 07:00 on a UTC axis.
        assertThat(series.get("data").get(0).get(0).asLong())
                .isEqualTo(Instant.parse("2026-07-01T07:00:00Z").toEpochMilli());
        assertThat(series.get("data").get(0).get(1).asDouble()).as("4 decimals: the tooltip rounds once")
                .isEqualTo(176.3698);
        assertThat(series.get("dashed").asBoolean()).isTrue();
        assertThat(json.readTree(chart.json()).get("bands").get(0).get("label").asString()).isEqualTo("Normal");
    }

    @Test
    void writesItsElementOnceWithTheJsonEscapedAsThymeleafEscapesAnAttribute() {
        ChartView chart = new ChartView("bp-chart", "Blood pressure <\"home\"> & 'clinic'",
                "{\"y\":\"mmHg\",\"series\":[{\"name\":\"Tom & Jerry's <b>\"}]}", 12, 10);
        assertThat(chart.element()).isEqualTo("<div class=\"chart\" id=\"bp-chart\" role=\"img\" data-chart=\""
                + "{&quot;y&quot;:&quot;mmHg&quot;,&quot;series&quot;:[{&quot;name&quot;:&quot;Tom &amp; Jerry&#39;s "
                + "&lt;b&gt;&quot;}]}\" data-points=\"10\" aria-label=\"Blood pressure &lt;&quot;home&quot;&gt; &amp; "
                + "&#39;clinic&#39;: 12 readings in this range\"></div>");
    }

    @Test
    void tellsAScreenReaderEachLinesLowestHighestAndLatestInTheChartsUnit() {
        var weight = Charts.Line.of("Weight", Charts.BLUE, List.of(
                new Reading(Instant.parse("2026-03-01T07:00:00Z"), new BigDecimal("80.25"), "kg"),
                new Reading(Instant.parse("2026-03-02T07:00:00Z"), new BigDecimal("79"), "kg"),
                new Reading(Instant.parse("2026-03-03T07:00:00Z"), new BigDecimal("80.71"), "kg")));
        ChartView chart = charts.chart("weight-chart", "Weight", "kg",
                List.of(weight, Charts.Line.of("Empty", Charts.GREEN, List.of())), List.of(), ALL, ZoneOffset.UTC);

        assertThat(chart.element()).contains("aria-label=\"Weight: 3 readings in this range; Weight: lowest 79, "
                + "highest 80.7, latest 80.7\"");
    }

    @Test
    void countsOneReadingInTheSingular() {
        var one = Charts.Line.of("Score", Charts.BLUE, List.of(
                new Reading(Instant.parse("2026-12-01T18:18:00Z"), new BigDecimal("75"), "")));
        ChartView chart = charts.chart("nerve-chart", "Score", "Score", List.of(one), List.of(), ALL, ZoneOffset.UTC);

        assertThat(chart.element()).contains("aria-label=\"Score: 1 reading in this range;");
    }

    @Test
    void spansTheRangesDaysOnTheWallClockWhateverTheReadingsSpan() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        RangeView week = new Ranges(Clock.fixed(Instant.parse("2026-12-04T23:30:00Z"), paris))
                .parse("7d", null, null, paris);
        var one = Charts.Line.of("Weight", Charts.BLUE, List.of(
                new Reading(Instant.parse("2026-12-02T06:00:00Z"), new BigDecimal("80.2"), "kg")));

        JsonNode spec = json.readTree(charts.chart("body-chart", "Weight", "Weight (kg)", List.of(one), List.of(),
                week, paris).json());

        // 23:30 UTC on 4 December is already the 5th in Paris: the week is 29 November to 5 December, midnight to
        // midnight.
        assertThat(spec.get("from").asLong()).isEqualTo(Instant.parse("2026-11-29T00:00:00Z").toEpochMilli());
        assertThat(spec.get("to").asLong()).isEqualTo(Instant.parse("2026-12-06T00:00:00Z").toEpochMilli());
        assertThat(spec.get("unit").asString()).isEqualTo("kg");
        JsonNode whole = json.readTree(charts.chart("nerve-chart", "Score", "Score", List.of(one), List.of(), ALL,
                paris).json());
        assertThat(whole.has("from")).isFalse();
        assertThat(whole.has("unit")).isFalse();
        assertThat(whole.has("ceiling")).isFalse();
        assertThat(json.readTree(charts.scoreChart("sleep-score-chart", "Score", "score", List.of(one), week, paris)
                .json()).get("ceiling").asInt()).as("a score's axis never goes past 100").isEqualTo(100);
    }
}
