package dev.pulseboard.dashboard.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import dev.pulseboard.account.Accounts;
import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.Members;
import dev.pulseboard.account.PersonalAccessTokens;
import dev.pulseboard.account.UserSettings;
import dev.pulseboard.account.household.Access;
import dev.pulseboard.account.household.Grants;
import dev.pulseboard.account.household.Invitations;
import dev.pulseboard.account.store.UserRepository;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.dashboard.heart.BloodPressureView;
import dev.pulseboard.health.measure.MeasurementRecord;
import dev.pulseboard.health.measure.MeasurementType;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.health.recording.EcgStrip;
import dev.pulseboard.health.recording.Recordings;
import dev.pulseboard.support.Actor;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PulseboardTest;

/**
 * The kept sections and overview cards obey the permission check and follow the data: one member's section never
 * shows on another member's page, a grantee whose grant is revoked gets 404 at once (not what was kept for them),
 * and a write of new data shows on the next request.
 */
@PulseboardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SectionCacheIntegrationTests {

    private static final String PASSWORD = "section cache password";
    private static final String[] SECTIONS = { "", "/body", "/heart", "/sleep", "/activity", "/ecg", "/devices" };

    @Value("${server.port}")
    int port;

    @Autowired
    Invitations invitations;

    @Autowired
    Grants grants;

    @Autowired
    Members members;

    @Autowired
    UserRepository users;

    @Autowired
    PersonalAccessTokens tokens;

    @Autowired
    Measurements measurements;

    @Autowired
    Recordings recordings;

    @Autowired
    Clock clock;

    @Autowired
    Accounts accounts;

    private Actor admin;
    private CurrentUser owner;
    private MemberId ana;
    private MemberId ben;
    private long groups = 880_000_000L;

    @BeforeAll
    void household() {
        Api api = new Api(port);
        String adminToken = Household.token(api);
        admin = Actor.signedIn("administrator", port, Household.EMAIL, Household.PASSWORD, adminToken);
        CurrentUser administrator = users.findByEmail(Household.EMAIL).orElseThrow();
        String tag = Long.toString(System.nanoTime(), 36);
        var created = invitations.create(administrator, null, "Ana " + tag, CurrentUser.Role.MEMBER, null);
        owner = invitations.accept(created.token(), "ana-" + tag + "@example.org", PASSWORD, "Ana " + tag);
        ana = owner.memberId();
        ben = members.add(administrator.householdId(), "Ben " + tag).id();
        weighIn(ana, 613, Duration.ofDays(2));
        weighIn(ben, 978, Duration.ofDays(2));
    }

    @Test
    void neverShowsOneMembersSectionOnAnothersPage() {
        for (int round = 0; round < 2; round++) {
            for (String section : SECTIONS) {
                String anaPage = ok(admin, "/members/" + ana.value() + section);
                String benPage = ok(admin, "/members/" + ben.value() + section);
                assertThat(anaPage).contains("Ana ");
                assertThat(benPage).contains("Ben ");
                if (section.isEmpty() || section.equals("/body")) {
                    assertThat(anaPage).contains("61.3").doesNotContain("97.8");
                    assertThat(benPage).contains("97.8").doesNotContain("61.3");
                }
            }
        }
        String overview = ok(admin, "/");
        assertThat(overview).contains("61.3").contains("97.8");
    }

    @Test
    void aRevokedGranteeGetsNotFoundAtOnce() {
        String tag = Long.toString(System.nanoTime(), 36);
        CurrentUser administrator = users.findByEmail(Household.EMAIL).orElseThrow();
        var created = invitations.create(administrator, null, "Viewer " + tag, CurrentUser.Role.MEMBER, null);
        CurrentUser viewer = invitations.accept(created.token(), "viewer-" + tag + "@example.org", PASSWORD,
                "Viewer " + tag);
        var grant = grants.give(owner, ana, viewer.userId(), Access.VIEW, null);
        Actor grantee = Actor.signedIn("view grantee", port, viewer.email(), PASSWORD,
                tokens.create(viewer, "cache", null, false).token());
        for (String section : SECTIONS) {
            ok(grantee, "/members/" + ana.value() + section);
            ok(grantee, "/members/" + ana.value() + section);
            assertThat(grantee.page("GET", "/members/" + ben.value() + section).statusCode()).isEqualTo(404);
        }
        assertThat(ok(grantee, "/")).contains("61.3").doesNotContain("97.8");

        grants.revoke(owner, ana, grant.id());

        for (String section : SECTIONS) {
            HttpResponse<String> answer = grantee.page("GET", "/members/" + ana.value() + section);
            assertThat(answer.statusCode()).as(section).isEqualTo(404);
            assertThat(answer.body()).doesNotContain("61.3");
        }
        assertThat(ok(grantee, "/")).doesNotContain("61.3").doesNotContain("Ana ");
    }

    @Test
    void showsNewDataOnTheNextRequest() {
        MemberId carl = members.add(users.findByEmail(Household.EMAIL).orElseThrow().householdId(), "Carl").id();
        weighIn(carl, 702, Duration.ofDays(3));
        assertThat(ok(admin, "/members/" + carl.value() + "/body")).contains("70.2").doesNotContain("71.9");
        assertThat(ok(admin, "/")).contains("70.2");

        weighIn(carl, 719, Duration.ofHours(1));

        assertThat(ok(admin, "/members/" + carl.value() + "/body")).contains("71.9");
        assertThat(ok(admin, "/members/" + carl.value())).contains("71.9");
        assertThat(ok(admin, "/")).contains("71.9");
    }

    @Test
    void aDateOfBirthEnteredOrChangedShowsOnTheNextRequest() {
        CurrentUser administrator = users.findByEmail(Household.EMAIL).orElseThrow();
        String dana = "Dana " + Long.toString(System.nanoTime(), 36);
        MemberId member = members.add(administrator.householdId(), dana).id();
        weighIn(member, 613, Duration.ofDays(1));
        Instant at = clock.instant().minus(Duration.ofDays(1));
        measurements.store(member, List.of(new MeasurementRecord(groups++, MeasurementType.HEIGHT, null, 160, -2, at, at,
                0, null, null)));
        long bp = groups++;
        measurements.store(member, List.of(new MeasurementRecord(bp, MeasurementType.SYSTOLIC_BP, null, 118, 0, at, at,
                0, null, null), new MeasurementRecord(bp, MeasurementType.DIASTOLIC_BP, null, 76, 0, at, at, 0, null,
                null)));
        Instant earlier = clock.instant().minus(Duration.ofDays(6));
        long bpEarlier = groups++;
        measurements.store(member, List.of(new MeasurementRecord(bpEarlier, MeasurementType.SYSTOLIC_BP, null, 121, 0,
                earlier, earlier, 0, null, null), new MeasurementRecord(bpEarlier, MeasurementType.DIASTOLIC_BP, null, 77,
                0, earlier, earlier, 0, null, null)));
        recordings.storeEcgs(member, "dana", List.of(new EcgStrip(groups++, at, 0, 72, null, null, 91, null, 300, null,
                new int[] { 0, 120, -40, 0 })));
        String ecg = "/members/" + member.value() + "/ecg";
        assertThat(ok(admin, ecg)).contains("No sign of atrial fibrillation").doesNotContain("id=\"ecg-young\"");
        String heart = "/members/" + member.value() + "/heart";
        String body = "/members/" + member.value() + "/body";
        assertThat(ok(admin, heart)).doesNotContain(BloodPressureView.NO_CATEGORY).contains("ESH 2023 bands",
                "class=\"guideline\" id=\"bp-guideline\" open=\"open\"");
        assertThat(ok(admin, body)).contains("healthy weight (WHO, adults)").doesNotContain("id=\"bmi-child\"");
        assertThat(card(ok(admin, "/"), dana)).contains("Below 135/85");

        members.birthDate(administrator, member, LocalDate.now(clock).minusYears(12));

        assertThat(ok(admin, heart)).as("a child's reading: no adult category, no bands behind it")
                .contains(BloodPressureView.NO_CATEGORY, "id=\"bp-young\"").doesNotContain("ESH 2023 bands")
                .as("the adults' category table is not opened for a child")
                .contains("class=\"guideline\" id=\"bp-guideline\">");
        assertThat(ok(admin, body)).contains("no adult category under 19", "id=\"bmi-child\"")
                .doesNotContain("healthy weight");
        assertThat(ok(admin, "/members/" + member.value())).contains("no adult category under 19");
        assertThat(card(ok(admin, "/"), dana)).contains(BloodPressureView.NO_CATEGORY).doesNotContain("Below 135/85");
        assertThat(ok(admin, ecg)).as("Withings' ECG classification is cleared from 22").contains("id=\"ecg-young\"",
                "No sign of atrial fibrillation</span><span class=\"muted\"> (under 22)</span>");

        LocalDate sixteenThreeDaysAgo = LocalDate.now(clock).minusYears(16).minusDays(3);
        members.birthDate(administrator, member, sixteenThreeDaysAgo);

        assertThat(ok(admin, heart)).as("a range across the 16th birthday: the bands start on it")
                .contains(BloodPressureView.NO_CATEGORY, "ESH 2023 bands from the 16th birthday",
                        Long.toString(sixteenThreeDaysAgo.plusYears(16).atStartOfDay(ZoneOffset.UTC).toInstant()
                                .toEpochMilli()));

        members.birthDate(administrator, member, LocalDate.now(clock).minusYears(17));

        assertThat(ok(admin, heart)).doesNotContain(BloodPressureView.NO_CATEGORY, "id=\"bp-young\"",
                "bands from the");
        assertThat(ok(admin, body)).contains("no adult category under 19");
        assertThat(card(ok(admin, "/"), dana)).contains("Below 135/85");

        members.birthDate(administrator, member, LocalDate.now(clock).minusYears(23));
        assertThat(ok(admin, ecg)).doesNotContain("id=\"ecg-young\"", "(under 22)");

        members.birthDate(administrator, member, null);

        assertThat(ok(admin, body)).contains("healthy weight (WHO, adults)");
    }

    @Test
    void aGuidelineChosenUnderUnitsShowsOnTheNextRequest() {
        CurrentUser administrator = users.findByEmail(Household.EMAIL).orElseThrow();
        String eli = "Eli " + Long.toString(System.nanoTime(), 36);
        MemberId member = members.add(administrator.householdId(), eli).id();
        Instant at = clock.instant().minus(Duration.ofHours(3));
        long bp = groups++;
        measurements.store(member, List.of(new MeasurementRecord(bp, MeasurementType.SYSTOLIC_BP, null, 132, 0, at, at,
                0, null, null), new MeasurementRecord(bp, MeasurementType.DIASTOLIC_BP, null, 82, 0, at, at, 0, null,
                null)));
        String heart = "/members/" + member.value() + "/heart";
        assertThat(ok(admin, heart)).contains("ESH 2023 bands", "Below 135/85").doesNotContain("AHA/ACC 2025 bands");
        assertThat(card(ok(admin, "/"), eli)).contains("Below 135/85");

        try {
            accounts.updateSettings(administrator.userId(), new UserSettings(null, null, null, null,
                    UserSettings.Guideline.AHA_ACC_2025));

            assertThat(ok(admin, heart)).as("the kept section was built for ESH: not served to an AHA/ACC reader")
                    .contains("AHA/ACC 2025 bands", "130/80 or more: stage 1", "Home threshold 130/80", "&gt; 180")
                    .doesNotContain("ESH 2023 bands", "Below 135/85");
            assertThat(card(ok(admin, "/"), eli)).contains("130/80 or more: stage 1", "AHA/ACC 2025");
        } finally {
            accounts.updateSettings(administrator.userId(), UserSettings.DEFAULTS);
        }
        assertThat(ok(admin, heart)).contains("ESH 2023 bands", "Below 135/85");
    }

    /**
     * A login under 18 by the date of birth an administrator entered may not change or remove it (it would give
     * their own pages, and the family's, the adults' categories): the page shows it without a form.
     */
    @Test
    void aLoginUnderEighteenCannotChangeTheirOwnDateOfBirth() {
        CurrentUser administrator = users.findByEmail(Household.EMAIL).orElseThrow();
        LocalDate fourteen = LocalDate.now(clock).minusYears(14);
        members.birthDate(administrator, ana, fourteen);
        try {
            Actor self = Actor.signedIn("Ana herself", port, owner.email(), PASSWORD,
                    tokens.create(owner, "own birth date", null, false).token());
            String path = "/api/v1/members/" + ana.value() + "/birth-date";
            HttpResponse<String> refused = self.api("PUT", path, "{\"birthDate\":\"2000-01-01\"}");
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
            assertThat(refused.body()).contains("under 18: an administrator of the household changes it");
            assertThat(self.api("DELETE", path, null).statusCode()).isEqualTo(403);
            assertThat(self.form("/members/" + ana.value() + "/birth-date", Map.of("birthDate", "")).statusCode())
                    .isEqualTo(403);
            assertThat(members.get(administrator.householdId(), ana).birthDate()).isEqualTo(fourteen);
            String page = ok(self, "/members/" + ana.value());
            assertThat(page).contains("id=\"birth-date-shown\"", "Under 18: an administrator of the household")
                    .doesNotContain("id=\"birth-date-form\"");

            members.birthDate(administrator, ana, LocalDate.now(clock).minusYears(18));

            assertThat(ok(self, "/members/" + ana.value())).as("18: their own again").contains("id=\"birth-date-form\"");
        } finally {
            members.birthDate(administrator, ana, null);
        }
    }

    /** The overview's card of the member named so (from its name to the next card). */
    private static String card(String overview, String name) {
        int at = overview.indexOf(">" + name + "<");
        assertThat(at).as(name + "'s card").isPositive();
        int next = overview.indexOf("<article", at);
        return overview.substring(at, next < 0 ? overview.length() : next);
    }

    /** A weigh-in of {@code tenths} of a kilogram, {@code ago} before now, as the sync stores one. */
    private void weighIn(MemberId member, long tenths, Duration ago) {
        Instant at = clock.instant().minus(ago);
        measurements.store(member, List.of(new MeasurementRecord(groups++, MeasurementType.WEIGHT, null, tenths, -1,
                at, at, 0, null, null)));
    }

    private static String ok(Actor actor, String path) {
        HttpResponse<String> answer = actor.page("GET", path);
        assertThat(answer.statusCode()).as(actor + " " + path).isEqualTo(200);
        return answer.body();
    }
}
