package dev.pulseboard.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.daily.ActivityDay;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.health.daily.DeviceInfo;
import dev.pulseboard.health.recording.ActivityDetail;
import dev.pulseboard.health.recording.Hypnogram.Sample;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;

/**
 * Activity days and intraday series of several Withings accounts (and an archive's days), on a real database: each
 * account's are kept beside the others', and every reader sees one day a date, the one written last, and one series
 * a day, the one fetched last that has samples. Run on H2 and on PostgreSQL by the two subclasses.
 */
abstract class ActivityStoreCases {

    static final String FIRST = "20000001";
    static final String SECOND = "20000002";
    static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    static final LocalDate TUESDAY = MONDAY.plusDays(1);
    static final LocalDate WEDNESDAY = MONDAY.plusDays(2);

    @Value("${server.port}")
    int port;

    @Autowired
    DailyData daily;

    @Autowired
    ActivityDetail detail;

    @Autowired
    JdbcClient jdbc;

    @Test
    void keepsEachAccountsDaysAndShowsTheLastWrittenOfADate() {
        MemberId member = member("Two accounts' days");
        daily.storeActivity(member, FIRST, List.of(day(MONDAY, 1_001), day(TUESDAY, 1_002)));
        daily.storeActivity(member, SECOND, List.of(day(TUESDAY, 2_002), day(WEDNESDAY, 2_003)));

        assertThat(shown(member)).containsExactly(MONDAY + "=1001", TUESDAY + "=2002", WEDNESDAY + "=2003");
        assertThat(rows(member)).containsExactly(FIRST + " " + MONDAY + "=1001", FIRST + " " + TUESDAY + "=1002",
                SECOND + " " + TUESDAY + "=2002", SECOND + " " + WEDNESDAY + "=2003");
        assertThat(daily.latestActivityDate(member)).contains(WEDNESDAY);

        daily.storeActivity(member, FIRST, List.of(day(TUESDAY, 1_012)));
        assertThat(shown(member)).as("the first account written again").containsExactly(MONDAY + "=1001",
                TUESDAY + "=1012", WEDNESDAY + "=2003");
        assertThat(daily.activity(member, TUESDAY, TUESDAY)).singleElement()
                .satisfies(d -> assertThat(d.steps()).isEqualTo(1_012));

        daily.erase(member);
        assertThat(rows(member)).as("every account's days erased").isEmpty();
        assertThat(daily.keepsNightsOrDays(member)).isFalse();
    }

    @Test
    void keepsOneRowADateOfArchivesStoredTwiceBesideAnAccountsDays() {
        MemberId member = member("Archive days");
        daily.storeActivity(member, List.of(day(MONDAY, 501), day(TUESDAY, 502)));
        daily.storeActivity(member, List.of(day(MONDAY, 511), day(TUESDAY, 512)));
        assertThat(rows(member)).as("an archive's days have one account: none").containsExactly(" " + MONDAY + "=511",
                " " + TUESDAY + "=512");

        daily.storeActivity(member, FIRST, List.of(day(TUESDAY, 1_002)));
        daily.storeActivity(member, List.of(day(MONDAY, 521)));
        assertThat(shown(member)).containsExactly(MONDAY + "=521", TUESDAY + "=1002");
        assertThat(rows(member)).hasSize(3);
    }

    @Test
    void keepsEachAccountsIntradaySeriesAndShowsTheLastFetchedThatHasSamples() {
        MemberId member = member("Two accounts' series");
        Instant noon = MONDAY.atTime(12, 0).toInstant(ZoneOffset.UTC);
        Instant fetched = noon.plus(Duration.ofDays(3));
        detail.storeIntraday(member, FIRST, MONDAY, "steps", List.of(new Sample(noon, 10)), fetched, true);
        detail.storeIntraday(member, FIRST, TUESDAY, "steps", List.of(new Sample(noon.plus(Duration.ofDays(1)), 11)),
                fetched, true);
        Instant later = fetched.plus(Duration.ofDays(1));
        detail.storeIntraday(member, SECOND, MONDAY, "steps", List.of(new Sample(noon, 20)), later, true);
        detail.storeIntraday(member, SECOND, TUESDAY, "steps", List.of(), later, true);

        assertThat(detail.intraday(member, MONDAY, "steps")).as("the series fetched last")
                .extracting(Sample::value).containsExactly(20);
        assertThat(detail.intraday(member, TUESDAY, "steps")).as("an empty series hides no other")
                .extracting(Sample::value).containsExactly(11);
        assertThat(detail.intradayFetches(member, SECOND, MONDAY, WEDNESDAY)).containsOnlyKeys(MONDAY, TUESDAY);
        assertThat(detail.intradayFetches(member, "20000003", MONDAY, WEDNESDAY)).as("a third account's days are due")
                .isEmpty();
        assertThat(detail.intradayFetches(member, null, MONDAY, WEDNESDAY)).containsOnlyKeys(MONDAY, TUESDAY);
        assertThat(jdbc.sql("select count(*) from intraday_series where member_id = ?").param(member.value())
                .query(Integer.class).single()).isEqualTo(4);
    }

    /** getdevice lists the devices linked now: one removed from the account goes from the member's list. */
    @Test
    void aDeviceWithingsNoLongerListsIsRemoved() {
        MemberId member = member("Devices");
        daily.storeDevices(member, List.of(device("scale-1", "Scale"), device("watch-1", "Activity Tracker")));
        daily.storeDevices(member, List.of(device("scale-1", "Scale"), device("bpm-1", "Blood Pressure Monitor")));

        assertThat(daily.devices(member)).extracting(DeviceInfo::deviceId).containsExactlyInAnyOrder("scale-1",
                "bpm-1");
        daily.storeDevices(member, List.of());
        assertThat(daily.devices(member)).isEmpty();
    }

    private static DeviceInfo device(String id, String type) {
        return new DeviceInfo(id, type, type + " model", 1, "high", null, null);
    }

    private MemberId member(String name) {
        Api api = new Api(port);
        return MemberId.of(Household.addMember(api, Household.token(api), Household.named(name)));
    }

    private List<String> shown(MemberId member) {
        return daily.activity(member, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)).stream()
                .map(d -> d.date() + "=" + d.steps()).toList();
    }

    private List<String> rows(MemberId member) {
        return jdbc.sql("select withings_user, activity_date, steps from activity_day where member_id = ? "
                + "order by withings_user, activity_date").param(member.value())
                .query((rs, n) -> rs.getString(1) + " " + rs.getDate(2).toLocalDate() + "=" + rs.getInt(3)).list();
    }

    private static ActivityDay day(LocalDate date, int steps) {
        return new ActivityDay(date, "Europe/Paris", steps, null, null, null, null, null, null, null, null, null,
                null);
    }
}
