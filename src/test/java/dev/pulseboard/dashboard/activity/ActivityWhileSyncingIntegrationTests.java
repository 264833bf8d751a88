package dev.pulseboard.dashboard.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.daily.ActivityDay;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.PulseboardTest;

/**
 * While a sync runs, the Activity page says that the activity is on its way where it would say "no activity" or "0
 * workouts" (the days came before the workouts in a first sync), and the page waits for the activity to fill it.
 */
@PulseboardTest
class ActivityWhileSyncingIntegrationTests {

    @Value("${server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DailyData daily;

    @Autowired
    Clock clock;

    @Test
    void nothingYetIsSaidToBeOnItsWayWhileTheSyncRuns() {
        Api api = new Api(port);
        long id = Household.addMember(api, Household.token(api), Household.named("Walking"));
        PageSession session = PageSession.signIn(port);
        String page = "/members/" + id + "/activity?range=30d";
        state(id, "RUNNING");

        assertThat(session.get(page).body()).contains("The sync is bringing in this member's activity")
                .contains("data-fills-with=\"activity\"").doesNotContain("No activity in this range");
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        daily.storeActivity(MemberId.of(id), List.of(new ActivityDay(yesterday, "Europe/Paris", 6_000,
                BigDecimal.valueOf(4_000), null, null, null, null, null, null, null, null, null)));
        String days = session.get(page).body();
        assertThat(days).contains("id=\"workouts-coming\"").doesNotContain("0</span> workouts in this range");

        state(id, "IDLE");
        assertThat(session.get(page).body()).doesNotContain("id=\"workouts-coming\"")
                .contains("0</span> workouts in this range.");
    }

    private void state(long member, String state) {
        jdbc.sql("delete from sync_status where member_id = ?").param(member).update();
        jdbc.sql("insert into sync_status (member_id, state) values (?, ?)").params(member, state).update();
    }
}
