package dev.pulseboard.dashboard.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.dashboard.Pages;
import dev.pulseboard.dashboard.activity.ActivitySection;
import dev.pulseboard.dashboard.chart.Charts;
import dev.pulseboard.dashboard.chart.Durations;
import dev.pulseboard.dashboard.ecg.EcgPaper;
import dev.pulseboard.dashboard.settings.SettingsView;
import dev.pulseboard.dashboard.sleep.Hypnograms;
import dev.pulseboard.dashboard.unit.WeightUnit;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.health.daily.SleepNight;
import dev.pulseboard.health.measure.MeasurementType;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.health.measure.Reading;
import dev.pulseboard.health.recording.ActivityDetail;
import dev.pulseboard.health.recording.EcgStrip;
import dev.pulseboard.health.recording.Recordings;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Axe;
import dev.pulseboard.support.Browser;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.PulseboardTest;

/**
 * Each section of a member's page in Chromium, on the emulator's full-kit persona (alex): the charts draw the
 * readings of the range (downsampled beyond {@link Charts#MAX_POINTS}), without script errors. Screenshots go to
 * {@code target/screenshots/}.
 */
@PulseboardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberSectionsBrowserIntegrationTests {

    @Value("${server.port}")
    int port;

    /** The full-kit persona's Withings time zone: pages show alex's dates and times in it. */
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final long DAY_MILLIS = 86_400_000L;


    @Autowired
    DailyData daily;

    @Autowired
    Measurements measurements;

    @Autowired
    Recordings recordings;

    @Autowired
    ActivityDetail activityDetail;

    Browser browser;
    WebDriver driver;
    String base;
    long alex;

    @BeforeAll
    void connectAlexAndSignIn() {
        Api api = new Api(port);
        alex = Pages.connectedMember(api, Household.token(api), "Alex", "alex", "10000001");
        base = "http://localhost:" + port;
        browser = Browser.start(1280, 1000);
        driver = browser.driver();
        Pages.signInOrSetUp(browser, base);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void landingPageCountsEveryWeighInOfTheWholeHistoryAndDrawsAtMostOnePointPerPixel() {
        open("?range=all");
        int weighIns = stored(1).size();
        assertThat(driver.findElement(By.id("weight-count")).getText())
                .isEqualTo(NumberFormat.getIntegerInstance(Locale.US).format(weighIns));
        assertThat(Pages.points(driver, "body-chart", 0)).isEqualTo(Math.min(weighIns, Charts.MAX_POINTS));
        assertThat(driver.findElement(By.cssSelector(".ranges a.active")).getText()).isEqualTo("All");
        Pages.screenshotWholePage(browser, "10-member-landing-all");
        assertThat(Pages.severeConsoleErrors(driver)).isEmpty();
    }

    @Test
    void overviewCardShowsTheLatestWeightAndItsChangeOverThirtyDays() {
        var weighIns = stored(1);
        var latest = weighIns.get(weighIns.size() - 1);
        driver.get(base + "/");
        var card = driver.findElement(By.cssSelector(".member-card[data-member-id='" + alex + "']"));
        var baseline = weighIns.stream().filter(r -> !r.time().isAfter(latest.time().minus(Duration.ofDays(30))))
                .reduce((a, b) -> b).orElseThrow();
        double change = latest.value().subtract(baseline.value()).doubleValue();
        assertThat(card.findElement(By.cssSelector(".metric.weight .value")).getText())
                .isEqualTo(String.format(Locale.US, "%.1f", latest.value().doubleValue()));
        assertThat(card.findElement(By.cssSelector(".metric.weight .change")).getText())
                .isEqualTo(new SettingsView(WeightUnit.KG, PARIS, Locale.US)
                        .massChange(change) + " in 30 days");
        assertThat(card.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Connected");
        Pages.screenshotWholePage(browser, "16-overview-desktop");
    }

    @Test
    void bodySectionDrawsTheWeighInsOfTheYearWithTheirAverageFatAndComposition() {
        open("/body?range=1y");
        long expected = inLastDays(1, 365);
        assertThat(expected).isPositive();
        assertThat(driver.findElement(By.id("weight-count")).getText())
                .isEqualTo(NumberFormat.getIntegerInstance(Locale.US).format(expected));
        assertThat(Pages.points(driver, "body-chart", 0)).isEqualTo((int) Math.min(expected, Charts.MAX_POINTS));
        assertThat(Pages.points(driver, "body-chart", 1)).as("one average per day with a weigh-in")
                .isPositive().isLessThanOrEqualTo((int) expected);
        assertThat(Pages.points(driver, "fat-chart", 0)).isEqualTo((int) inLastDays(6, 365));
        assertThat(driver.findElements(By.cssSelector("#composition-chart[data-ready=true]"))).hasSize(1);
        assertThat(driver.findElement(By.cssSelector(".tile.bmi")).getText()).contains("kg/m²").contains("WHO");
        assertThat(driver.findElements(By.cssSelector("details.reading-table tbody tr"))).hasSize(14)
                .allMatch(r -> r.getAttribute("textContent").contains("kg"));
        var weightGoal = daily.goals(member()).orElseThrow().weightKg();
        Number goalLine = (Number) ((JavascriptExecutor) driver).executeScript("return echarts"
                + ".getInstanceByDom(document.getElementById('body-chart')).getOption().series[0].markLine.data[0]"
                + ".yAxis");
        assertThat(goalLine.doubleValue()).as("the member's weight goal").isEqualTo(weightGoal.doubleValue());
        assertThat(driver.findElement(By.id("weight-goal")).getText()).contains("weight goal set in the Withings app");
        // Segmental composition: arms and legs left and right side by side, the torso alone, three measures each.
        var rows = driver.findElements(By.cssSelector("table.segments tbody tr"));
        assertThat(rows).extracting(r -> r.findElement(By.tagName("th")).getText())
                .containsExactly("Arms", "Legs", "Torso");
        assertThat(rows.get(0).findElements(By.tagName("td"))).hasSize(2)
                .allSatisfy(td -> assertThat(td.findElements(By.cssSelector(".seg-bar"))).hasSize(3));
        assertThat(rows.get(2).findElements(By.tagName("td"))).hasSize(1);
        assertThat(driver.findElement(By.id("segments-note")).getText()).as("what the bars' lengths compare")
                .contains("compares the two sides");
        var leftArm = measurements.positioned(member(), MeasurementType.fromWithingsCode(175).orElseThrow(), 3, null,
                null);
        var latestLeftArm = leftArm.get(leftArm.size() - 1).value();
        assertThat(rows.get(0).findElements(By.tagName("td")).get(0).getText())
                .contains(oneDecimal(latestLeftArm.doubleValue()) + " kg");
        for (String part : new String[] { "arms", "legs", "torso" }) {
            assertThat(driver.findElements(By.cssSelector("#segment-" + part + "-chart[data-ready=true]")))
                    .as(part + " trend").hasSize(1);
        }
        assertThat(Pages.points(driver, "segment-arms-chart", 0)).isPositive();
        // The Body Scan's nerve-health assessments of the year: the score and the conductance, both feet and each.
        long assessments = inLastDays(167, 365);
        assertThat(assessments).as("one assessment every four weeks").isBetween(12L, 15L);
        for (int line = 0; line < 3; line++) {
            assertThat(Pages.points(driver, "nerve-chart", line)).isEqualTo((int) assessments);
            assertThat(Pages.points(driver, "conductance-chart", line)).isEqualTo((int) assessments);
        }
        assertThat(((JavascriptExecutor) driver).executeScript("return echarts.getInstanceByDom(document"
                + ".getElementById('nerve-chart')).getOption().yAxis[0].minInterval")).as("whole-number ticks for scores")
                .isEqualTo(1L);
        assertThat(((JavascriptExecutor) driver).executeScript("return echarts.getInstanceByDom(document"
                + ".getElementById('conductance-chart')).getOption().yAxis[0].minInterval")).isNull();
        // The time axis spans the year chosen, midnight to midnight, not the assessments' own months.
        LocalDate today = LocalDate.now(PARIS);
        assertThat(((JavascriptExecutor) driver).executeScript("var x = echarts.getInstanceByDom(document"
                + ".getElementById('nerve-chart')).getOption().xAxis[0]; return [x.min, x.max]"))
                .isEqualTo(List.of(today.minusDays(364).toEpochDay() * DAY_MILLIS,
                        today.plusDays(1).toEpochDay() * DAY_MILLIS - 1));
        // A tooltip's value says its unit, as the page's figures do; a score has none.
        assertThat(tooltip("body-chart", "Weight", 80.7)).endsWith("Weight: <b>80.7\u00a0kg</b>");
        assertThat(tooltip("body-chart", "Weight", 81.0)).as("one decimal, as the table").endsWith("<b>81.0\u00a0kg</b>");
        assertThat(tooltip("body-chart", "Weight", 81.245)).as("rounded once, as the table")
                .endsWith("<b>81.2\u00a0kg</b>");
        assertThat(tooltip("conductance-chart", "Both feet", 71.829)).endsWith("<b>71.829</b>");
        assertThat(tooltip("nerve-chart", "Both feet", 75)).endsWith("Both feet: <b>75</b>");
        var scores = stored(167);
        var latestScore = scores.get(scores.size() - 1);
        assertThat(driver.findElement(By.cssSelector("#nerve-health")).getText()).contains("Nerve health of the feet");
        var assessmentRows = driver.findElements(By.cssSelector("#nerve-health table.nerve-health tbody tr"));
        assertThat(assessmentRows).as("one row an assessment").hasSize((int) assessments);
        assertThat(assessmentRows.get(0).findElements(By.tagName("td")).get(1).getText())
                .isEqualTo(latestScore.value().toPlainString());
        assertThat(driver.findElements(By.cssSelector(".tile")))
                .anySatisfy(t -> assertThat(t.getText()).contains("Nerve health score")
                        .contains(latestScore.value().toPlainString()).contains("no scale given"));
        Pages.screenshotWholePage(browser, "11-body-1y");
        Pages.emulatePhone(browser);
        Pages.screenshotWholePhonePage(browser, "11-phone-body-1y");
        Pages.desktop(browser);
        assertThat(Pages.severeConsoleErrors(driver)).isEmpty();
        // A range after the latest assessment names it rather than leaving the section out.
        LocalDate latestDay = latestScore.time().atZone(PARIS).toLocalDate();
        assertThat(latestDay).isBefore(LocalDate.now(PARIS));
        open("/body?range=custom&from=" + latestDay.plusDays(1) + "&to=" + LocalDate.now(PARIS));
        assertThat(driver.findElements(By.cssSelector("#nerve-chart"))).isEmpty();
        assertThat(driver.findElement(By.id("nerve-health-none")).getText()).startsWith("No assessment in this range")
                .contains(String.valueOf(latestDay.getDayOfMonth()));
    }

    @Test
    void heartSectionDrawsPulseAndNamesTheGuidelineOfItsCategories() {
        open("/heart?range=90d");
        assertThat(driver.findElement(By.cssSelector("details.guideline summary")).getText()).contains("ESH 2023");
        long pulse = inLastDays(11, 90);
        if (pulse > 0) {
            assertThat(Pages.points(driver, "pulse-chart", 0)).isEqualTo((int) Math.min(pulse, Charts.MAX_POINTS));
        }
        long pulseWaves = inLastDays(91, 90);
        assertThat(pulseWaves).as("the Body Scan's weigh-ins carry a pulse wave velocity").isPositive();
        assertThat(Pages.points(driver, "pwv-chart", 0)).isEqualTo((int) Math.min(pulseWaves, Charts.MAX_POINTS));
        assertThat(driver.findElements(By.cssSelector(".tiles .tile"))).extracting(WebElement::getText)
                .anyMatch(t -> t.startsWith("Pulse wave velocity") && t.contains(" m/s"));
        long bp = inLastDays(10, 90);
        if (bp == 0) {
            assertThat(driver.findElement(By.id("bp-empty")).getText()).contains("blood-pressure monitor");
        } else {
            assertThat(Pages.points(driver, "bp-chart", 0)).isEqualTo((int) Math.min(bp, Charts.MAX_POINTS));
            assertThat(driver.findElement(By.cssSelector("#latest-bp .bp-badge")).getText()).isNotBlank();
            // Each category band drawn lies inside the value axis and is named once: a band starting at the axis's
            // top put its name ("180/110 or more") on the band below it.
            @SuppressWarnings("unchecked")
            List<Object> axisAndBands = (List<Object>) ((JavascriptExecutor) driver).executeScript("var o = echarts"
                    + ".getInstanceByDom(document.getElementById('bp-chart')).getOption(); return [o.yAxis[0].min, "
                    + "o.yAxis[0].max, o.series[0].markArea.data.map(function (d) { return [d[0].yAxis, d[1].yAxis,"
                    + " d[0].name]; })];");
            double min = ((Number) axisAndBands.get(0)).doubleValue();
            double max = ((Number) axisAndBands.get(1)).doubleValue();
            @SuppressWarnings("unchecked")
            List<List<Object>> bands = (List<List<Object>>) axisAndBands.get(2);
            assertThat(bands).isNotEmpty().allSatisfy(b -> {
                assertThat(((Number) b.get(0)).doubleValue()).as(b.get(2) + " from").isGreaterThanOrEqualTo(min)
                        .isLessThan(((Number) b.get(1)).doubleValue());
                assertThat(((Number) b.get(1)).doubleValue()).as(b.get(2) + " to").isLessThanOrEqualTo(max);
            });
            assertThat(bands).extracting(b -> b.get(2)).doesNotHaveDuplicates()
                    .as("the bands are systolic bounds, the diastolic line drawn across them")
                    .allSatisfy(name -> assertThat((String) name).contains("(systolic "));
            Number diastolicLine = (Number) ((JavascriptExecutor) driver).executeScript("return echarts"
                    + ".getInstanceByDom(document.getElementById('bp-chart')).getOption().series[0].markLine.data[0]"
                    + ".yAxis");
            assertThat(diastolicLine.doubleValue()).as("a diastolic reading over 85 is not read as in the green band")
                    .isEqualTo(85);
            if (bp > 2 * 14) {
                // Show all, then Show the latest 14: the table the link names is open where it lands.
                driver.findElement(By.cssSelector("#bp-table summary")).click();
                driver.findElement(By.cssSelector("#bp-table a[href$='#bp-table']")).click();
                browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("rows=all"));
                driver.findElement(By.cssSelector("#bp-table a[href$='#bp-table']")).click();
                browser.waitUpTo(Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("rows=all"));
                assertThat(driver.findElement(By.id("bp-table")).getAttribute("open")).isNotNull();
                assertThat(driver.findElements(By.cssSelector("#bp-table tbody tr"))).hasSize(14);
            }
        }
        Pages.screenshotWholePage(browser, "12-heart-90d");
        assertThat(Pages.severeConsoleErrors(driver)).isEmpty();
    }

    @Test
    void sleepSectionStacksEveryNightsStagesAndDrawsTheHypnogramOfAnyKeptNight() {
        open("/sleep?range=30d");
        LocalDate today = LocalDate.now(PARIS);
        List<SleepNight> nights = daily.nights(member(), today.minusDays(29), today);
        assertThat(nights).hasSizeGreaterThan(20);
        for (int stage = 0; stage < 4; stage++) {
            assertThat(Pages.points(driver, "sleep-stages-chart", stage)).isEqualTo(nights.size());
        }
        Number slots = (Number) ((JavascriptExecutor) driver).executeScript("return echarts.getInstanceByDom("
                + "document.getElementById('sleep-stages-chart')).getOption().xAxis[0].data.length");
        assertThat(slots.longValue()).as("a slot for every day of the 30 days, gaps included").isEqualTo(30);
        SleepNight first = nights.get(0);
        assertThat(barTooltip("sleep-stages-chart", first.date().toString())).as("hours as the table writes them")
                .contains("Deep: <b>" + Durations.hoursMinutes(first.deepSeconds()) + "</b>");
        assertThat(driver.findElement(By.id("zone-note")).getText()).contains("Europe/Paris");
        SleepNight latest = nights.stream().filter(n -> recordings.nightsWithHypnogram(member())
                .contains(n.withingsId())).reduce((a, b) -> b).orElseThrow();
        int segments = Hypnograms.drawable(recordings.hypnogram(member(), latest.withingsId())).size();
        assertThat(Pages.points(driver, "hypnogram-chart", 0)).isEqualTo(segments).isPositive();
        var hr = recordings.hypnogram(member(), latest.withingsId()).vitals().get("hr");
        assertThat(Pages.points(driver, "sleep-vitals-chart", 0)).isEqualTo(Math.min(hr.size(), Charts.MAX_POINTS));
        assertThat(driver.findElements(By.cssSelector(".tiles .tile"))).extracting(e -> e.getText())
                .anyMatch(t -> t.startsWith("Breathing disturbances")).anyMatch(t -> t.startsWith("Asleep (average)"));
        Number sleepGoal = (Number) ((JavascriptExecutor) driver).executeScript("return echarts"
                + ".getInstanceByDom(document.getElementById('sleep-stages-chart')).getOption().series[0].markLine"
                + ".data[0].yAxis");
        assertThat(sleepGoal.doubleValue()).as("the member's sleep goal in hours")
                .isEqualTo(daily.goals(member()).orElseThrow().sleepSeconds() / 3600.0);
        assertThat(driver.findElement(By.id("sleep-goal")).getText()).contains("set in the Withings app");
        Object goalNamed = ((JavascriptExecutor) driver).executeScript("var o = echarts.getInstanceByDom(document"
                + ".getElementById('sleep-stages-chart')).getOption(); return [o.series[0].markLine.label.show,"
                + " o.series.some(function (s) { return s.name.indexOf('Sleep goal') === 0; })]");
        assertThat(goalNamed).as("the goal named in the legend, not over the nights' scores")
                .isEqualTo(List.of(false, true));
        Pages.screenshotWholePage(browser, "13-sleep-30d");
        SleepNight scored = nights.stream().filter(n -> n.score() != null).reduce((a, b) -> b).orElseThrow();
        open("/sleep?range=custom&from=" + scored.date() + "&to=" + scored.date());
        List<?> scoreAxis = (List<?>) ((JavascriptExecutor) driver).executeScript("return echarts.getInstanceByDom("
                + "document.getElementById('sleep-score-chart')).getModel().getComponent('yAxis').axis.scale"
                + ".getExtent()");
        assertThat(((Number) scoreAxis.get(1)).doubleValue())
                .as("one night's score (%s) on an axis that stays within a score's 100: %s", scored.score(), scoreAxis)
                .isLessThanOrEqualTo(100).isGreaterThanOrEqualTo(scored.score());
        assertThat(((Number) scoreAxis.get(0)).doubleValue()).as("the axis from the ten 20 below it: %s", scoreAxis)
                .isBetween(scored.score() - 30.0, scored.score() - 10.0);
        open("/sleep?range=30d");

        var older = driver.findElements(By.cssSelector("table.nights tbody th a")).get(3);
        String date = older.getAttribute("href").replaceAll(".*night=([0-9-]+).*", "$1");
        String label = older.getText();
        older.click();
        Pages.awaitCharts(browser);
        SleepNight chosen = daily.nights(member(), LocalDate.parse(date), LocalDate.parse(date)).get(0);
        assertThat(driver.findElement(By.cssSelector("tr[aria-current=true] th")).getText()).isEqualTo(label);
        assertThat(Pages.points(driver, "hypnogram-chart", 0)).isEqualTo(
                Hypnograms.drawable(recordings.hypnogram(member(), chosen.withingsId())).size());
        Pages.screenshotWholePhonePage(browser, "13-phone-sleep-hypnogram");
        Pages.desktop(browser);
        open("/sleep?range=30d&night=someday");
        assertThat(driver.findElement(By.id("night-error")).getText()).contains("no night ending on");
        assertThat(Pages.focusedId(driver)).as("at the date field, which says what was typed").isEqualTo("night");
        assertThat(driver.findElement(By.id("night")).getAttribute("aria-describedby")).isEqualTo("night-error");
        assertThat(Pages.severeConsoleErrors(driver)).isEmpty();
    }

    @Test
    void activitySectionDrawsStepsAgainstTheGoalAYearCalendarAndTheWorkouts() {
        open("/activity?range=1y");
        LocalDate today = LocalDate.now(PARIS);
        var days = daily.activity(member(), today.minusDays(364), today);
        assertThat(Pages.points(driver, "steps-chart", 0)).isEqualTo(days.size()).isBetween(360, 365);
        assertThat(Pages.points(driver, "distance-chart", 0)).isEqualTo(days.size());
        assertThat(Pages.points(driver, "calories-chart", 0)).as("the days that are over: today's line would drop")
                .isEqualTo((int) days.stream().filter(d -> d.date().isBefore(today) && d.totalCalories() != null)
                        .count());
        Number slots = (Number) ((JavascriptExecutor) driver).executeScript("return echarts.getInstanceByDom("
                + "document.getElementById('steps-chart')).getOption().xAxis[0].data.length");
        assertThat(slots.intValue()).as("a slot for every day of the year chosen").isEqualTo(365);
        var latest = days.get(days.size() - 1);
        String tableKm = driver.findElements(By.cssSelector("table.days tbody tr")).get(0).getText()
                .replaceAll("(?s).*?([0-9][0-9.,]*) km.*", "$1");
        assertThat(barTooltip("distance-chart", latest.date().toString())).as("as the days' table writes it")
                .endsWith("Distance: <b>" + tableKm + "\u00a0km</b>");
        // A day's calories under its date alone, in whole kcal as the days' table writes them.
        Object calories = ((JavascriptExecutor) driver).executeScript("return echarts.getInstanceByDom(document"
                + ".getElementById('calories-chart')).getOption().tooltip[0].formatter([{ value: [Date.UTC(2026, 11, 4, "
                + "12), 1559.6], seriesIndex: 0, marker: '', seriesName: 'Total' }])");
        assertThat(calories).isEqualTo("Dec 4, 2026<br>Total: <b>1,560\u00a0kcal</b>");
        assertThat(Pages.points(driver, "steps-calendar", 0))
                .isEqualTo((int) days.stream().filter(d -> d.steps() != null).count());
        int most = days.stream().filter(d -> d.steps() != null).mapToInt(d -> d.steps()).max().orElseThrow();
        assertThat(driver.findElement(By.id("steps-calendar")).getAttribute("aria-label"))
                .as("the year's figures for a screen reader, not only a count").contains("steps a day on average")
                .contains("the most " + NumberFormat.getIntegerInstance(Locale.US).format(most) + " on ");
        Number goal = (Number) ((JavascriptExecutor) driver).executeScript("return echarts"
                + ".getInstanceByDom(document.getElementById('steps-chart')).getOption().series[0].markLine.data[0]"
                + ".yAxis");
        int ownGoal = daily.goals(member()).orElseThrow().steps();
        assertThat(goal.intValue()).as("the member's own step goal").isEqualTo(ownGoal);
        Object stepsGoalNamed = ((JavascriptExecutor) driver).executeScript("var o = echarts.getInstanceByDom(document"
                + ".getElementById('steps-chart')).getOption(); return [o.series[0].markLine.label.show, o.legend[0].show,"
                + " o.series.some(function (s) { return s.type === 'line' && s.name.indexOf('oal') > 0; })]");
        assertThat(stepsGoalNamed).as("the goal named in the legend, not on the days' bars that reach it")
                .isEqualTo(List.of(false, true, true));
        assertThat(driver.findElement(By.id("goal-note")).getText()).contains("10,000")
                .contains("the step goal set in the Withings app");
        assertThat(driver.findElement(By.id("activity-sources")).getText()).isEqualTo("Recorded by ScanWatch.");
        int workouts = activityDetail.workouts(member(), today.minusDays(364).atStartOfDay(PARIS).toInstant(),
                today.plusDays(1).atStartOfDay(PARIS).toInstant()).size();
        NumberFormat us = NumberFormat.getIntegerInstance(Locale.US);
        assertThat(workouts).as("more than the table lists by default").isGreaterThan(ActivitySection.WORKOUT_ROWS);
        assertThat(driver.findElement(By.cssSelector("a[href$='#workouts-table']")).findElement(By.xpath(".."))
                .getText()).startsWith("The latest 20 of the " + us.format(workouts) + " workouts in these days.");
        assertThat(driver.findElements(By.cssSelector("table.workouts tbody tr")))
                .hasSize(Math.min(workouts, ActivitySection.WORKOUT_ROWS));
        assertThat(driver.findElements(By.cssSelector("table.days tbody tr"))).hasSize(14)
                .allMatch(r -> r.getText().contains(" km"));
        Pages.screenshotWholePage(browser, "17-activity-1y");
        WebElement showAll = driver.findElement(By.cssSelector("a[href$='#days-table']"));
        assertThat(showAll.getText()).isEqualTo("Show all " + us.format(days.size()));
        showAll.click();
        Pages.awaitCharts(browser);
        assertThat(driver.findElements(By.cssSelector("table.days tbody tr"))).as("every day of the year")
                .hasSize(days.size());
        assertThat(driver.findElements(By.cssSelector("table.workouts tbody tr"))).hasSize(workouts);
        assertThat(driver.findElement(By.cssSelector("a[href$='#days-table']")).getText())
                .isEqualTo("Show the latest 14");
        assertThat(Pages.severeConsoleErrors(driver)).isEmpty();
    }

    private List<Reading> qrsOf(EcgStrip ecg) {
        return measurements.series(member(), MeasurementType.QRS_INTERVAL, ecg.time().minusSeconds(60),
                ecg.time().plusSeconds(61));
    }

    @Test
    void ecgSectionDrawsTheStripOnPaperAtTrueScaleAndScrollsItOnAPhone() {
        open("/ecg?range=all");
        var strips = recordings.ecgs(member(), Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"));
        EcgStrip newest = strips.stream().filter(EcgStrip::hasSignal).reduce((a, b) -> b).orElseThrow();
        int samples = recordings.ecg(member(), newest.signalId()).orElseThrow().microvolts().length;
        assertThat(tracePoints()).isEqualTo(samples);
        assertThat(driver.findElement(By.cssSelector("#ecg-strip h3")).getText()).contains("atrial fibrillation");
        var size = svgSize();
        double widthMm = EcgPaper.MARGIN_MM + 250;
        assertThat(size.get(0)).as("250 mm of trace plus the margin at 96 px per inch")
                .isCloseTo(widthMm * 96 / 25.4, Offset.offset(1.0));
        Pages.screenshotWholePage(browser, "18-ecg-strip");
        assertThat(strips).as("the full kit's watch records more than the list shows at first").hasSizeGreaterThan(30);
        assertThat(driver.findElements(By.cssSelector("table.ecgs tbody tr"))).hasSize(30);
        driver.findElement(By.cssSelector(".table-count a")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("rows=all"));
        assertThat(driver.findElements(By.cssSelector("table.ecgs tbody tr"))).as("Show all, as the other tables")
                .hasSize(strips.size());
        open("/ecg?range=all");

        var other = driver.findElements(By.linkText("Show strip")).get(2);
        other.click();
        Pages.awaitCharts(browser);
        assertThat(driver.findElements(By.cssSelector("table.ecgs tr.selected"))).hasSize(1);
        String chosen = driver.getCurrentUrl().replaceAll(".*signal=(\\d+).*", "$1");
        assertThat(tracePoints()).isEqualTo(recordings.ecg(member(), Long.parseLong(chosen)).orElseThrow()
                .microvolts().length);
        // A strip's rows are as tall as its amplitude needs: compare the chosen strip with itself.
        var chosenSize = svgSize();

        Pages.emulatePhone(browser);
        var phone = svgSize();
        assertThat(phone.get(0)).as("not squashed on a phone").isCloseTo(chosenSize.get(0),
                Offset.offset(1.0));
        assertThat(phone.get(1) / phone.get(0)).isCloseTo(chosenSize.get(1) / chosenSize.get(0),
                Offset.offset(0.001));
        Number scroll = (Number) ((JavascriptExecutor) driver).executeScript(
                "var s = document.querySelector('.ecg-scroll'); return s.scrollWidth - s.clientWidth");
        assertThat(scroll.intValue()).as("the strip scrolls sideways").isPositive();
        Pages.screenshotWholePhonePage(browser, "18-phone-ecg-strip");
        Pages.desktop(browser);
        // A BPM Core recording of a sinus rhythm: the intervals the device measured, from its measure group.
        EcgStrip measured = strips.stream().filter(e -> !qrsOf(e).isEmpty()).reduce((a, b) -> b).orElseThrow();
        open("/ecg?range=all&signal=" + measured.signalId());
        assertThat(driver.findElement(By.id("ecg-intervals")).getText()).startsWith("Intervals measured by the device:")
                .contains("QRS " + qrsOf(measured).get(0).value().intValue() + " ms", "PR ", "QT ", "QTc ");
        EcgStrip unmeasured = strips.stream().filter(e -> e.hasSignal() && qrsOf(e).isEmpty()).findFirst()
                .orElseThrow();
        open("/ecg?range=all&signal=" + unmeasured.signalId());
        assertThat(driver.findElements(By.id("ecg-intervals"))).as("a watch's recording, or one in AFib").isEmpty();
        open("/ecg?range=all&signal=abc");
        assertThat(driver.findElement(By.cssSelector("#ecg-heading ~ p.error")).getText()).contains("no stored strip");
        assertThat(tracePoints()).isEqualTo(samples);
        assertThat(Pages.severeConsoleErrors(driver)).isEmpty();
    }

    @Test
    void devicesAreListedWithTheirBattery() {
        open("/devices");
        assertThat(driver.findElements(By.cssSelector("table.devices tbody tr"))).hasSize(daily.devices(member())
                .size()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(driver.findElement(By.cssSelector(".tabs a.active")).getAttribute("aria-current"))
                .isEqualTo("page");
        // Each battery as Withings says it: the Sleep Analyzer, on mains power, "unknown".
        assertThat(driver.findElements(By.cssSelector("table.devices tbody tr"))).extracting(WebElement::getText)
                .anySatisfy(row -> assertThat(row).contains("Sleep Analyzer", "unknown"))
                .anySatisfy(row -> assertThat(row).contains("ScanWatch", "medium"))
                .anySatisfy(row -> assertThat(row).contains("Body Scan", "high"));
        browser.screenshot("14-devices");
        assertThat(Pages.severeConsoleErrors(driver)).isEmpty();
    }

    /** What a chart's tooltip says of one value of its first line. */
    private String tooltip(String chart, String line, double value) {
        return (String) ((JavascriptExecutor) driver).executeScript("return echarts.getInstanceByDom(document"
                + ".getElementById(arguments[0])).getOption().tooltip[0].formatter([{ value: [0, arguments[2]], "
                + "seriesIndex: 0, marker: '', seriesName: arguments[1] }])", chart, line, value);
    }

    /** What a bar chart's tooltip says of a day (the first stack's value, as the chart holds it). */
    private String barTooltip(String chart, String day) {
        return (String) ((JavascriptExecutor) driver).executeScript("var c = echarts.getInstanceByDom(document"
                + ".getElementById(arguments[0])); var o = c.getOption(); var i = o.xAxis[0].data.indexOf(arguments[1]);"
                + " return o.tooltip[0].formatter(o.series.map(function (s, k) { return { dataIndex: i, value: "
                + "s.data[i], marker: '', seriesName: s.name }; }))", chart, day);
    }

    private int tracePoints() {
        Number n = (Number) ((JavascriptExecutor) driver).executeScript("var n = 0; "
                + "document.querySelectorAll('polyline.ecg-trace').forEach(function (p) { n += p.points.numberOfItems; "
                + "}); return n;");
        return n.intValue();
    }

    @SuppressWarnings("unchecked")
    private List<Double> svgSize() {
        List<Number> wh = (List<Number>) ((JavascriptExecutor) driver).executeScript(
                "var r = document.querySelector('svg.ecg-paper').getBoundingClientRect(); return [r.width, r.height];");
        return wh.stream().map(Number::doubleValue).toList();
    }

    private MemberId member() {
        return MemberId.of(alex);
    }

    @Test
    void showsTheDefaultRangeWithAMessageForABadRange() {
        LocalDate today = LocalDate.now(PARIS);
        String[][] cases = { { "?range=custom&from=" + today.plusDays(10) + "&to=" + today.plusDays(20), "future" },
                { "?range=custom&from=2025-03-01&to=2025-02-01", "ends before it starts" },
                { "?range=custom&from=yesterday", "could not be read" }, { "?range=fortnight", "Unknown range" } };
        for (String[] c : cases) {
            open("/body" + c[0]);
            assertThat(driver.findElement(By.cssSelector(".range-bar .error")).getText()).contains(c[1]);
            assertThat(driver.findElement(By.cssSelector(".ranges a.active")).getText()).isEqualTo("90 d");
            assertThat(driver.findElements(By.cssSelector("#body-chart[data-ready=true]"))).hasSize(1);
            assertThat(driver.getTitle()).as("said first as the page loads").startsWith("Error: Body");
            if (c[1].equals("ends before it starts")) {
                var from = driver.findElement(By.cssSelector(".custom-range input[name=from]"));
                assertThat(from.getAttribute("value")).as("what was typed stays, to be corrected").isEqualTo("2025-03-01");
                assertThat(from.getAttribute("aria-invalid")).isEqualTo("true");
                assertThat(driver.switchTo().activeElement()).as("the focus where the correction starts").isEqualTo(from);
                assertThat(driver.findElement(By.cssSelector("details.custom-range")).getAttribute("open")).isNotNull();
            }
        }
        browser.screenshot("14-bad-range");
    }

    /** A custom range running past today is cut, not refused: a notice, and the fields show the days it now has. */
    @Test
    void aCustomRangePastTodayEndsTodayWithANoticeNotAnError() {
        LocalDate today = LocalDate.now(PARIS);
        open("/heart?range=custom&from=" + today.minusDays(15) + "&to=" + today.plusMonths(6));
        assertThat(driver.findElement(By.id("range-note")).getText()).contains("ends today");
        assertThat(driver.findElements(By.cssSelector(".range-bar .error"))).isEmpty();
        assertThat(driver.getTitle()).startsWith("Heart");
        var to = driver.findElement(By.cssSelector(".custom-range input[name=to]"));
        assertThat(to.getAttribute("value")).as("the day the range now ends").isEqualTo(today.toString());
        assertThat(to.getAttribute("aria-invalid")).isNull();
    }

    @Test
    void customRangeShowsTheWeighInsOfThoseCalendarDays() {
        LocalDate today = LocalDate.now(PARIS);
        LocalDate first = today.minusDays(200);
        LocalDate last = today.minusDays(140);
        open("/body?range=custom&from=" + first + "&to=" + last);
        ZoneId zone = PARIS;
        long expected = stored(1).stream()
                .filter(r -> !r.time().isBefore(first.atStartOfDay(zone).toInstant())
                        && r.time().isBefore(last.plusDays(1).atStartOfDay(zone).toInstant()))
                .count();
        assertThat(expected).isPositive();
        assertThat(driver.findElement(By.id("weight-count")).getText())
                .isEqualTo(NumberFormat.getIntegerInstance(Locale.US).format(expected));
        assertThat(driver.findElement(By.cssSelector("details.custom-range")).getAttribute("open")).isNotNull();
        assertThat(driver.findElement(By.name("from")).getAttribute("value")).isEqualTo(first.toString());
        assertThat(driver.findElements(By.cssSelector(".ranges a.active"))).isEmpty();
        browser.screenshot("15-body-custom-range");

        URI csv = URI.create(driver.findElement(By.id("range-csv")).getAttribute("href"));
        assertThat(URLDecoder.decode(csv.getRawQuery(), StandardCharsets.UTF_8)).as("the page's own instants")
                .isEqualTo("format=csv&from=" + first.atStartOfDay(zone).toInstant() + "&to="
                        + last.plusDays(1).atStartOfDay(zone).toInstant());
        var download = PageSession.signIn(port).get(csv.getRawPath() + "?" + csv.getRawQuery());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body().lines().filter(row -> row.split(",")[2].equals("weight")))
                .as("every weigh-in of the range, where the page's table lists the latest").hasSize((int) expected);
    }

    @Test
    void syncNowShowsProgressPerDataTypeThenReloadsWithoutTheRequestNotice() {
        open("");
        syncNow();
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.findElements(By.id("sync-status")).size() == 1);
        String during = driver.findElement(By.id("sync-status")).getText();
        assertThat(during).matches("(?s)(Sync requested|Sync queued|Syncing|Last synced).*");
        // Read in one script: the panel is swapped every 2 s, and the page reloads when the run ends.
        @SuppressWarnings("unchecked")
        var types = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelector('#sync-status[hx-get]') ? Array.from(document.querySelectorAll("
                        + "'#sync-progress li[data-type]')).map(function (e) { return e.dataset.type; }) : null;");
        if (types != null && !types.isEmpty()) {
            assertThat(types).contains("measures", "sleep", "activity", "workouts", "ecg");
            browser.screenshot("19-sync-progress");
        }
        browser.waitUpTo(Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("sync-status")).getText().startsWith("Last synced")
                        && d.findElements(By.cssSelector("#sync-status[hx-get]")).isEmpty());
        Pages.awaitCharts(browser);
        assertThat(driver.findElements(By.id("sync-requested"))).as("the notice goes with the run").isEmpty();
        assertThat(driver.getPageSource()).doesNotContain("Sync requested.");
        var last = driver.findElement(By.id("sync-last-run"));
        assertThat(last.findElement(By.tagName("summary")).getText()).isEqualTo("Last run: 5 of 5 data types done");
        assertThat(last.findElements(By.cssSelector("li[data-type]"))).hasSize(5)
                .allMatch(li -> "done".equals(li.getAttribute("data-state")));
        assertThat(Pages.severeConsoleErrors(driver)).isEmpty();
    }

    @Test
    void aSyncEndingWhileSomeoneTypesOffersTheReloadInsteadOfTakingTheirText() {
        JavascriptExecutor js = syncNowOnAMarkedPage();
        WebElement name = driver.findElement(By.name("name"));
        name.clear();
        name.sendKeys("Alexandra, half typed");

        WebElement offer = browser.waitUpTo(Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#sync-status .new-data button")).stream().findFirst()
                        .orElse(null));
        assertThat(js.executeScript("return window.notReloaded === true;")).as("the page stayed").isEqualTo(true);
        assertThat(driver.findElement(By.name("name")).getAttribute("value")).isEqualTo("Alexandra, half typed");
        assertThat(offer.getText()).contains("Show the latest");
        offer.click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> !Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return window.notReloaded === true;")));
        Pages.awaitCharts(browser);
        assertThat(driver.findElement(By.name("name")).getAttribute("value")).isNotEqualTo("Alexandra, half typed");
    }

    @Test
    void aSyncEndingWhileTheKeyboardIsOnALinkOffersTheReloadInsteadOfSendingFocusToTheTop() {
        JavascriptExecutor js = syncNowOnAMarkedPage();
        WebElement sleep = driver.findElement(By.cssSelector("nav[aria-label=Sections] a[href$='/sleep']"));
        js.executeScript("arguments[0].focus();", sleep);
        assertThat(driver.switchTo().activeElement()).isEqualTo(sleep);

        browser.waitUpTo(Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.cssSelector("#sync-status .new-data button")).isEmpty());
        assertThat(js.executeScript("return window.notReloaded === true;")).as("the page stayed").isEqualTo(true);
        assertThat(driver.switchTo().activeElement()).as("the focus where it was").isEqualTo(sleep);
        assertThat(driver.findElement(By.id("sync-announcer")).getAttribute("textContent"))
                .as("said once by a region that stays, where the panel replaced every 2 s was one")
                .isEqualTo("The sync has finished.");
        assertThat(driver.findElement(By.id("sync-status")).getAttribute("aria-live")).isNull();
    }

    @Test
    void aSyncOnAHouseholdCardIsSaidWithTheMembersName() {
        // Withings holds the run's measures 6 s: it is still under way when the household page opens.
        var slow = new Api(port).postJsonUrl(base + "/emulator/withings/_admin/faults",
                "{\"path\":\"/measure\",\"action\":\"getmeas\",\"type\":\"delay\",\"delayMs\":6000,\"count\":1}");
        assertThat(slow.status()).as(slow.body()).isIn(200, 201);
        syncNowOnAMarkedPage();
        driver.get(base + "/");
        String name = driver.findElement(By.cssSelector(".member-card[data-member-id='" + alex + "'] h2")).getText();
        String said = browser.waitUpTo(Duration.ofSeconds(60)).until(d -> {
            String text = d.findElement(By.id("sync-announcer")).getAttribute("textContent");
            return text.isEmpty() ? null : text;
        });
        assertThat(said).as("whose sync, on a page of several").startsWith(name + ": ");
    }

    /**
     * "Sync now" on the member page: offered once no run is under way (a notification's run ends with a reload of the
     * page, which then offers it).
     */
    private void syncNow() {
        browser.waitUpTo(Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("sync-now")).isDisplayed());
        driver.findElement(By.id("sync-now")).click();
    }

    /** "Sync now" on the member page, its run under way; the page marked so that a reload shows (the mark goes). */
    private JavascriptExecutor syncNowOnAMarkedPage() {
        open("");
        syncNow();
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#sync-status[hx-get]"))
                .size() == 1);
        assertThat(driver.findElements(By.id("sync-now"))).as("not offered again while the run is under way").isEmpty();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.notReloaded = true;");
        return js;
    }

    @Test
    void theReportsChartKeepsItsMmHgAxisInViewWhileAPhoneScrollsIt() {
        driver.get(base + "/members/" + alex + "/export/blood-pressure");
        assertThat(driver.findElement(By.cssSelector(".chart-axis")).isDisplayed()).as("desktop: the chart's own axis")
                .isFalse();
        Pages.emulatePhone(browser);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Number scroll = (Number) js.executeScript("var c = document.querySelector('.chart');"
                + " c.scrollLeft = c.scrollWidth; return c.scrollLeft");
        assertThat(scroll.intValue()).as("the chart scrolls sideways on a phone").isPositive();
        @SuppressWarnings("unchecked")
        List<Number> lefts = (List<Number>) js.executeScript("return [document.querySelector('.chart')"
                + ".getBoundingClientRect().left, document.querySelector('.chart-axis').getBoundingClientRect().left]");
        assertThat(lefts.get(1).doubleValue()).as("the axis stays at the chart's left edge")
                .isCloseTo(lefts.get(0).doubleValue(), Offset.offset(1.0));
        assertThat(driver.findElement(By.cssSelector(".chart-axis")).getText()).contains("mmHg", "140", "80");
        @SuppressWarnings("unchecked")
        List<Number> table = (List<Number>) js.executeScript("var w = document.getElementById('readings')"
                + ".parentElement; return [w.scrollWidth, w.clientWidth]");
        assertThat(table.get(0).intValue()).as("the readings fit a phone's width: the diastolic column is in view")
                .isLessThanOrEqualTo(table.get(1).intValue());
        Pages.screenshotWholePhonePage(browser, "19-phone-report-scrolled");
        Pages.desktop(browser);
    }

    /**
     * Every page a member's data shows on, and the household's pages around it, as the administrator on a desktop and
     * on a phone and as a login the member shares with (read only): axe-core finds no WCAG 2.1 A or AA rule and no
     * best practice broken, with every folded panel unfolded (the Manage panel's forms among them).
     */
    @Test
    void everyPageKeepsTheAccessibilityRulesForEachRoleAndWidth() {
        List<String> memberPages = List.of("", "/body?range=all", "/heart", "/sleep", "/activity", "/ecg", "/devices",
                "/export", "/export/blood-pressure");
        List<String> broken = new ArrayList<>();
        for (String page : memberPages) {
            broken.addAll(axe("/members/" + alex + page));
        }
        for (String page : List.of("/", "/members/" + alex + "/sharing", "/household", "/settings", "/settings/backups",
                "/settings/server", "/audit", "/account/tokens", "/account/password", "/members/0")) {
            broken.addAll(axe(page));
        }
        assertThat(Pages.severeConsoleErrors(driver)).as("none but the not-found page's own 404 (read, so that the "
                + "next test of this browser does not see it)").allMatch(e -> e.contains("/members/0 - "));
        Pages.emulatePhone(browser);
        try {
            // The pages whose layout changes most on a phone: charts that scroll, tables that turn into cards.
            for (String page : List.of("", "/heart", "/sleep", "/activity", "/export/blood-pressure")) {
                broken.addAll(axe("/members/" + alex + page));
            }
            broken.addAll(axe("/"));
        } finally {
            Pages.desktop(browser);
        }

        Api api = new Api(port);
        String token = Household.token(api);
        String name = Household.named("Reader");
        String email = "reader-" + System.nanoTime() + "@example.org";
        long reader = Household.invitedLogin(api, token, "{\"name\":\"" + name + "\",\"role\":\"MEMBER\"}", email,
                Household.PASSWORD, name).json().get("id").asLong();
        var grant = api.post("/api/v1/members/" + alex + "/grants", token,
                "{\"userId\":" + reader + ",\"access\":\"VIEW\"}");
        assertThat(grant.status()).as(grant.body()).isEqualTo(201);
        try (Browser readers = Browser.start(1280, 1000)) {
            WebDriver other = readers.driver();
            other.get(base + "/login");
            other.findElement(By.name("username")).sendKeys(email);
            other.findElement(By.name("password")).sendKeys(Household.PASSWORD);
            other.findElement(By.cssSelector("button[type=submit]")).click();
            readers.waitUpTo(Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
            for (String page : List.of("/", "/members/" + alex, "/members/" + alex + "/heart",
                    "/members/" + alex + "/export/blood-pressure", "/settings")) {
                broken.addAll(axe(readers, page));
            }
        }
        assertThat(broken).as("accessibility rules broken").isEmpty();

        ((JavascriptExecutor) driver).executeScript("document.querySelector('main').insertAdjacentHTML('beforeend',"
                + " '<img src=\"/favicon.ico\"><input type=\"text\">')");
        assertThat(Axe.violations(driver)).as("the check itself sees a picture without text and a field without label")
                .anyMatch(v -> v.contains("image-alt")).anyMatch(v -> v.contains("] label ("));
    }

    private List<String> axe(String page) {
        return axe(browser, page);
    }

    private List<String> axe(Browser in, String page) {
        in.driver().get(base + page);
        if (!page.contains("/export")) {
            // The report's chart is drawn by the server; the others by charts.js, which says when it has.
            Pages.awaitCharts(in);
        }
        ((JavascriptExecutor) in.driver())
                .executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");
        return Axe.violations(in.driver());
    }

    private void open(String path) {
        driver.get(base + "/members/" + alex + path);
        Pages.awaitCharts(browser);
    }

    /** The persona's readings of a type in the last {@code days} calendar days, today included, as pages count. */
    private long inLastDays(int type, int days) {
        ZoneId zone = PARIS;
        LocalDate today = LocalDate.now(zone);
        Instant from = today.minusDays(days - 1L).atStartOfDay(zone).toInstant();
        Instant to = today.plusDays(1).atStartOfDay(zone).toInstant();
        return stored(type).stream().filter(r -> !r.time().isBefore(from) && r.time().isBefore(to)).count();
    }

    /**
     * What the pages are compared with: the member's stored readings of a Withings type, not the emulator's. The
     * persona uploads at the same local times every day, which no test context notifies: a comparison with the
     * emulator across such a minute found one reading more there than the sync had stored (FullKitSyncIntegrationTests
     * compares the store with the emulator, at a quiet hour).
     */
    private List<Reading> stored(int type) {
        return measurements.series(member(), MeasurementType.fromWithingsCode(type).orElseThrow(), null, null);
    }

    /** A figure as the page writes it (the browser's language is English here). */
    private static String oneDecimal(double value) {
        var format = NumberFormat.getNumberInstance(Locale.US);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
