package dev.pulseboard.dashboard.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.daily.ActivityDay;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.health.daily.SleepNight;
import dev.pulseboard.health.daily.WorkoutSession;
import dev.pulseboard.health.measure.MeasurementRecord;
import dev.pulseboard.health.measure.MeasurementType;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.health.recording.ActivityDetail;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.PulseboardTest;

/**
 * A section's tables list the latest rows of the range and say how many there are; "Show all" lists every row of
 * the range, "Show the latest" goes back: weigh-ins, blood pressures, nights, workouts and days.
 */
@PulseboardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TableRowsIntegrationTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int DAYS = 20;
    private static final int WORKOUTS = 24;

    @Value("${server.port}")
    int port;

    @Autowired
    Measurements measurements;

    @Autowired
    DailyData daily;

    @Autowired
    ActivityDetail activity;

    @Autowired
    Clock clock;

    long id;

    @BeforeAll
    void twentyDaysOfEverything() {
        Api api = new Api(port);
        id = Household.addMember(api, Household.token(api), "Rows " + System.nanoTime());
        MemberId member = MemberId.of(id);
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        List<MeasurementRecord> readings = new ArrayList<>();
        List<SleepNight> nights = new ArrayList<>();
        List<ActivityDay> days = new ArrayList<>();
        List<WorkoutSession> workouts = new ArrayList<>();
        for (int i = 1; i <= DAYS; i++) {
            LocalDate day = today.minusDays(i);
            Instant weighIn = day.atTime(7, 0).atZone(PARIS).toInstant();
            Instant cuff = day.atTime(8, 0).atZone(PARIS).toInstant();
            long group = id * 1_000 + i * 2L;
            readings.add(reading(group, MeasurementType.WEIGHT, 70_000 + i * 10, -3, weighIn));
            readings.add(reading(group + 1, MeasurementType.SYSTOLIC_BP, 120 + i, 0, cuff));
            readings.add(reading(group + 1, MeasurementType.DIASTOLIC_BP, 80, 0, cuff));
            Instant end = day.atTime(7, 0).atZone(PARIS).toInstant();
            nights.add(new SleepNight(id * 1_000 + i, day, end.minusSeconds(8 * 3_600), end, PARIS.getId(), 25_200,
                    14_400, 5_400, 5_400, 1_200, BigDecimal.valueOf(0.9), 80, 55, 14, 2, 300, 1, 600, 300, 3, 48, 70,
                    end));
            days.add(new ActivityDay(day, PARIS.getId(), 8_000 + i, BigDecimal.valueOf(6_000), null, null, null,
                    null, null, null, null, null, null));
        }
        for (int i = 0; i < WORKOUTS; i++) {
            LocalDate day = today.minusDays(1 + i / 2);
            Instant start = day.atTime(i % 2 == 0 ? 12 : 18, 0).atZone(PARIS).toInstant();
            workouts.add(new WorkoutSession(id * 1_000 + i, 2, start, start.plusSeconds(1_800), day, PARIS.getId(),
                    BigDecimal.valueOf(300), BigDecimal.valueOf(5_000), 5_000, 140, 170, 70, start));
        }
        measurements.store(member, readings);
        daily.storeNights(member, nights);
        daily.storeActivity(member, days);
        activity.storeWorkouts(member, workouts);
    }

    @Test
    void theLatestAreListedAndTheCountSaysHowManyThereAre() {
        PageSession session = PageSession.signIn(port);

        String body = session.get("/members/" + id + "/body?range=30d").body();
        assertThat(rows(body, "weigh-in-table")).isEqualTo(14);
        assertThat(body).contains("The latest 14 of the 20 weigh-ins in these days.")
                .contains("href=\"?range=30d&amp;rows=all#weigh-in-table\">Show all 20</a>")
                .doesNotContain("id=\"weigh-in-table\" open");
        String heart = session.get("/members/" + id + "/heart?range=30d").body();
        assertThat(rows(heart, "bp-table")).isEqualTo(14);
        assertThat(heart).contains("The latest 14 of the 20 blood-pressure readings in these days.");
        String sleep = session.get("/members/" + id + "/sleep?range=30d").body();
        assertThat(rows(sleep, "nights-table")).isEqualTo(14);
        assertThat(sleep).contains("The latest 14 of the 20 nights in these days.");
        String activityPage = session.get("/members/" + id + "/activity?range=30d").body();
        assertThat(rows(activityPage, "days-table")).isEqualTo(14);
        assertThat(rows(activityPage, "workouts-table")).isEqualTo(20);
        assertThat(activityPage).contains("The latest 14 of these 20 days.")
                .contains("The latest 20 of the 24 workouts in these days.");

        String week = session.get("/members/" + id + "/body?range=7d").body();
        assertThat(rows(week, "weigh-in-table")).as("a range of no more than 14 lists them all").isBetween(6, 7);
        assertThat(week).doesNotContain("Show all");
    }

    @Test
    void showAllListsEveryRowOfTheRangeAndOffersTheLatestAgain() {
        PageSession session = PageSession.signIn(port);

        String body = session.get("/members/" + id + "/body?range=30d&rows=all").body();
        assertThat(rows(body, "weigh-in-table")).isEqualTo(DAYS);
        assertThat(body).contains("All 20 weigh-ins of these days, newest first.")
                .contains("href=\"?range=30d#weigh-in-table\">Show the latest 14</a>")
                .containsPattern("id=\"weigh-in-table\"\\s+open");
        assertThat(rows(session.get("/members/" + id + "/heart?range=30d&rows=all").body(), "bp-table"))
                .isEqualTo(DAYS);
        String sleep = session.get("/members/" + id + "/sleep?range=30d&rows=all").body();
        assertThat(rows(sleep, "nights-table")).isEqualTo(DAYS);
        assertThat(sleep).as("a night chosen from the whole list keeps the list whole")
                .contains("?range=30d&amp;rows=all&amp;night=");
        String activityPage = session.get("/members/" + id + "/activity?range=30d&rows=all").body();
        assertThat(rows(activityPage, "days-table")).isEqualTo(DAYS);
        assertThat(rows(activityPage, "workouts-table")).isEqualTo(WORKOUTS);
        assertThat(activityPage).contains("href=\"?range=30d#workouts-table\">Show the latest 20</a>");

        LocalDate chosen = LocalDate.now(clock.withZone(PARIS)).minusDays(18);
        String night = session.get("/members/" + id + "/sleep?range=30d&night=" + chosen).body();
        assertThat(night).as("Show all keeps the night chosen by its date")
                .contains("href=\"?range=30d&amp;night=" + chosen + "&amp;rows=all#nights-table\"");
    }

    /** The rows of the table inside the element with {@code id}, its header row left out. */
    private static int rows(String page, String id) {
        int at = page.indexOf("id=\"" + id + "\"");
        assertThat(at).as("the table " + id).isNotNegative();
        String table = page.substring(at, page.indexOf("</table>", at));
        Matcher row = Pattern.compile("<tr[ >]").matcher(table.substring(table.indexOf("<tbody>")));
        int count = 0;
        while (row.find()) {
            count++;
        }
        return count;
    }

    private static MeasurementRecord reading(long group, MeasurementType type, long value, int exponent,
            Instant at) {
        return new MeasurementRecord(group, type, null, value, exponent, at, at, 0, "device", "Body+",
                PARIS.getId());
    }
}
