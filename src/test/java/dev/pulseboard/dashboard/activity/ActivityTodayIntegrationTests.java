package dev.pulseboard.dashboard.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.daily.ActivityDay;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.health.measure.MeasurementRecord;
import dev.pulseboard.health.measure.MeasurementType;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.PulseboardTest;

/** The Activity section's averages and goal count take the days that are over; today's steps are said apart. */
@PulseboardTest
class ActivityTodayIntegrationTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Value("${server.port}")
    int port;

    @Autowired
    DailyData daily;

    @Autowired
    Measurements measurements;

    @Autowired
    Clock clock;

    @Test
    void todaysUnfinishedStepsCountNeitherInTheAverageNorInTheGoalDays() {
        Api api = new Api(port);
        long id = Household.addMember(api, Household.token(api), "Walker " + System.nanoTime());
        MemberId member = MemberId.of(id);
        String page;
        LocalDate today;
        do {
            today = LocalDate.now(clock.withZone(PARIS));
            // A weigh-in in Paris gives the member their zone; 12,000 and 4,000 steps on the days before today.
            var at = today.minusDays(1).atTime(7, 0).atZone(PARIS).toInstant();
            measurements.store(member, List.of(new MeasurementRecord(id * 100, MeasurementType.WEIGHT, null, 70_000,
                    -3, at, at, 0, "scale", "Body+", PARIS.getId())));
            daily.storeActivity(member, List.of(day(today.minusDays(2), 12_000), day(today.minusDays(1), 4_000),
                    day(today, 900)));
            page = PageSession.signIn(port).get("/members/" + id + "/activity?range=7d").body();
        } while (!today.equals(LocalDate.now(clock.withZone(PARIS))));

        assertThat(page).contains("Goal reached on 1 of 2 days (today so far: 900 steps, counted once the day is over).");
        assertThat(page).as("the average of the two days over, not of three").containsPattern(
                "<span class=\"tile-label\">Steps</span>\\s*<span class=\"tile-value\">8[,.]000</span>");
        assertThat(page).as("no workout: no tile saying 0 (false while a first sync brings them), the line says so")
                .doesNotContain("<span class=\"tile-label\">Workouts</span>")
                .contains("id=\"workout-count\">0</span> workouts in this range.");
    }

    private static ActivityDay day(LocalDate date, int steps) {
        return new ActivityDay(date, PARIS.getId(), steps, BigDecimal.valueOf(steps * 0.7), null, null, null, null,
                null, null, null, null, null);
    }
}
