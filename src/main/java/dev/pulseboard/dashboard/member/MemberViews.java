package dev.pulseboard.dashboard.member;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.pulseboard.account.Member;
import dev.pulseboard.account.MemberAccess;
import dev.pulseboard.connection.ConnectionStatus;
import dev.pulseboard.connection.Connections;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.dashboard.chart.Durations;
import dev.pulseboard.dashboard.heart.BloodPressureView;
import dev.pulseboard.dashboard.heart.HeartSection;
import dev.pulseboard.dashboard.overview.MemberCardView;
import dev.pulseboard.dashboard.overview.SyncProgressView;
import dev.pulseboard.dashboard.settings.SettingsView;
import dev.pulseboard.health.HealthDataVersions;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.health.measure.AdultCategories;
import dev.pulseboard.health.measure.BodyQueries;
import dev.pulseboard.health.measure.MeasurementType;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.health.measure.Reading;
import dev.pulseboard.sync.MemberZones;
import dev.pulseboard.sync.SyncStatus;
import dev.pulseboard.sync.Syncs;

/** Builds the views of members that pages show, from the modules that own each part. */
@Component
public class MemberViews {

    private static final Duration MONTH = Duration.ofDays(30);
    /** A weigh-in up to a week older than 30 days still serves as the baseline of the 30-day change. */
    private static final Duration SLACK = Duration.ofDays(7);

    private final Connections connections;
    private final MemberZones zones;
    private final Measurements measurements;
    private final BodyQueries queries;
    private final Syncs syncs;
    private final HeartSection heart;
    private final DailyData daily;
    private final Clock clock;
    private final HealthDataVersions versions;
    private final SectionCache cache;

    MemberViews(Connections connections, MemberZones zones, Measurements measurements, BodyQueries queries,
            Syncs syncs, HeartSection heart, DailyData daily, Clock clock, HealthDataVersions versions,
            SectionCache cache) {
        this.connections = connections;
        this.zones = zones;
        this.measurements = measurements;
        this.queries = queries;
        this.syncs = syncs;
        this.heart = heart;
        this.daily = daily;
        this.clock = clock;
        this.versions = versions;
        this.cache = cache;
    }

    /** The zone the member's connection or readings tell, if any. */
    public Optional<ZoneId> knownZone(MemberId member) {
        return zones.known(member);
    }

    /** Today in this zone. */
    public LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The viewer's settings with the time zone for this member's pages (their Withings zone, unless fixed). */
    public SettingsView settingsFor(MemberId member, SettingsView viewer) {
        return viewer.forMember(knownZone(member).orElse(null));
    }

    /** The settings of the member's sharing page ({@link SettingsView#forGrants}). */
    public SettingsView grantSettingsFor(MemberId member, SettingsView viewer) {
        return viewer.forGrants(zones.known(member).orElse(null));
    }

    /**
     * Why the member is there for the viewer ({@link OverviewWhy}); a grant's last day is a day of the member's time
     * zone, like every date of the member's pages (and of the sharing page that chose it).
     */
    public String why(MemberAccess.Visibility visibility, SettingsView viewer) {
        boolean dated = visibility.reason() == MemberAccess.Reason.GRANT && visibility.grant().until() != null;
        return OverviewWhy.of(visibility, dated ? settingsFor(visibility.member().id(), viewer) : viewer);
    }

    /** The member's card, its dates and times in the member's zone (unless the viewer fixed one). */
    public MemberCardView card(Member member, SettingsView viewer) {
        return card(member, viewer, versions.of(member.id()), connections.status(member.id()),
                syncs.status(member.id()));
    }

    /**
     * The cards of several members (whom the caller checked the viewer may see): their data versions, connections
     * and sync states each read for all of them at once, not per card (a household of 50 is one page).
     */
    public List<MemberCardView> cards(List<Member> members, SettingsView viewer) {
        List<MemberId> ids = members.stream().map(Member::id).toList();
        Map<MemberId, Long> current = versions.of(ids);
        Map<MemberId, ConnectionStatus> linked = connections.statuses(ids);
        Map<MemberId, SyncStatus> synced = syncs.statuses(ids);
        return members.stream().map(m -> card(m, viewer, current.get(m.id()), linked.get(m.id()), synced.get(m.id())))
                .toList();
    }

    private MemberCardView card(Member member, SettingsView viewer, long version, ConnectionStatus connection,
            SyncStatus sync) {
        // A member with no health data (version 0) has no reading to take a zone from: spare the overview the queries.
        ZoneId own = version == 0 ? connection.timeZone() : zones.known(member.id(), connection.timeZone()).orElse(null);
        SettingsView s = viewer.forMember(own);
        // Steps and nights are dated by the member's calendar: "today" is theirs.
        LocalDate today = LocalDate.now(clock.withZone(own == null ? s.zone() : own));
        // The figures change only with the member's data (and the day, and the date of birth the blood pressure's
        // category depends on); the connection and the sync are read anew.
        // Version 0: no health data was ever written for the member, so there is nothing to read.
        AdultCategories adults = new AdultCategories(member.birthDate());
        Figures f = version == 0 ? Figures.NONE
                : cache.card(member.id(), version, () -> figures(member.id(), s, today, adults), s, today, adults);
        return new MemberCardView(member.id().value(), member.name(), connection.state(), sync, f.weight(),
                s.massUnit(), f.weightWhen(), f.change(), f.bloodPressure(), f.bloodPressureWhen(),
                sync.lastSuccessAt() == null ? null : s.dateTimeZoned(sync.lastSuccessAt()), f.lastNight(), f.steps(),
                SyncProgressView.of(sync), s.guideline());
    }

    /** What a card shows of the member's data. */
    private record Figures(String weight, String weightWhen, String change, BloodPressureView bloodPressure,
            String bloodPressureWhen, String lastNight, String steps) {

        static final Figures NONE = new Figures(null, null, null, null, null, null, null);
    }

    private Figures figures(MemberId member, SettingsView s, LocalDate today, AdultCategories adults) {
        Optional<Reading> weight = queries.latest(member, MeasurementType.WEIGHT);
        String change = weight.flatMap(w -> baseline(member, w))
                .map(b -> s.massChange(weight.get().value().subtract(b.value()).doubleValue())).orElse(null);
        BloodPressureView bp = heart.latest(member, adults, s.zone(), s.guideline());
        return new Figures(weight.map(w -> s.massValue(w.value().doubleValue())).orElse(null),
                weight.map(w -> s.date(w.time())).orElse(null), change, bp, bp == null ? null : s.date(bp.time()),
                lastNight(member, s, today), steps(member, s, today));
    }

    /**
     * The latest night of the last three days, and when: "7 h 12 · score 82 last night" for the night that ended
     * today (the member's day), else "7 h 12 · score 82 (night to Dec 3, 2026)".
     */
    private String lastNight(MemberId member, SettingsView s, LocalDate today) {
        var nights = daily.nights(member, today.minusDays(3), today.plusDays(1));
        if (nights.isEmpty()) {
            return null;
        }
        var n = nights.get(nights.size() - 1);
        String asleep = n.totalSleepSeconds() == null ? "?" : Durations.hoursMinutes(n.totalSleepSeconds());
        String night = n.score() == null ? asleep : asleep + " \u00b7 score " + n.score();
        return night + (n.date().equals(today) ? " last night" : " (night to " + s.day(n.date()) + ")");
    }

    /** Steps of the latest of the last two days: "8,412 steps today" or "6,925 steps yesterday". */
    private String steps(MemberId member, SettingsView s, LocalDate today) {
        var days = daily.activity(member, today.minusDays(1), today);
        if (days.isEmpty() || days.get(days.size() - 1).steps() == null) {
            return null;
        }
        var day = days.get(days.size() - 1);
        return s.number(day.steps(), 0) + (day.date().equals(today) ? " steps today" : " steps yesterday");
    }

    /** The last weigh-in at least 30 days before the latest one (and at most 37), if there is one. */
    private Optional<Reading> baseline(MemberId member, Reading latest) {
        var until = latest.time().minus(MONTH);
        List<Reading> candidates = measurements.series(member, MeasurementType.WEIGHT, until.minus(SLACK),
                until.plusMillis(1));
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(candidates.size() - 1));
    }
}
