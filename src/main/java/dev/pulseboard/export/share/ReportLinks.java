package dev.pulseboard.export.share;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.pulseboard.account.Member;
import dev.pulseboard.account.Validation;
import dev.pulseboard.connection.audit.Actor;
import dev.pulseboard.connection.audit.AuditLog;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.core.Secrets;
import dev.pulseboard.core.Sha256;
import dev.pulseboard.export.report.BpReport;
import dev.pulseboard.export.report.BpReports;
import dev.pulseboard.health.measure.BpGuideline;
import dev.pulseboard.sync.MemberZones;

/**
 * Links to a member's home blood-pressure report for their doctor, who has no login: made by whoever decides who sees
 * the member (the caller checks), each for a fixed window of days (the report's, as chosen when it is made) and a
 * guideline, opening for 1 to {@value #MOST_DAYS} days unless revoked first. The address holds a 256-bit secret of
 * which only a hash is kept, so it is shown once, when made. Making, revoking and the first opening of a day are
 * written in the household's audit log.
 */
@Service
public class ReportLinks {

    /** The longest a link opens: a month, enough for an appointment booked ahead. */
    public static final int MOST_DAYS = 30;
    /**
     * The most days of readings a link shows: half a year, as many weeks as the report lists week by week. Whoever has
     * the address may ask for its PDF, which for years of readings holds a good part of a small heap while it is made.
     */
    public static final int MOST_REPORT_DAYS = BpReport.MOST_WEEKS * 7;
    /** How long a link opens when not told otherwise: two weeks. */
    public static final int USUAL_DAYS = 14;
    /** The days the Export page's form offers. */
    public static final List<Integer> DAY_CHOICES = List.of(1, 3, 7, USUAL_DAYS, MOST_DAYS);
    static final String PREFIX = "pbr_";
    static final String PATH = "/r/";

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private final ReportLinkRepository links;
    private final BpReports reports;
    private final MemberZones zones;
    private final AuditLog audit;
    private final Clock clock;
    private final String publicUrl;

    ReportLinks(ReportLinkRepository links, BpReports reports, MemberZones zones, AuditLog audit, Clock clock,
            @Value("${pulseboard.public-url}") String publicUrl) {
        this.links = links;
        this.reports = reports;
        this.zones = zones;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** A link just made, with its address: the only time the address is known. */
    public record Made(ReportLink link, String url) {
    }

    /**
     * Makes a link to the report of {@code from} to {@code to} (the report's own default window when both are null,
     * checked as the report checks them) for {@code label} (who it is for), opening for {@code days}.
     */
    @Transactional
    public Made make(Member member, Long userId, String label, LocalDate from, LocalDate to, int days,
            BpGuideline guideline) {
        String forWhom = Validation.name(label, "name of who the link is for");
        if (days < 1 || days > MOST_DAYS) {
            throw new IllegalArgumentException("A link opens for 1 to " + MOST_DAYS + " days, not " + days + ".");
        }
        LocalDate today = LocalDate.now(clock.withZone(zones.of(member.id())));
        if (to != null && to.isAfter(today)) {
            // The report cuts such a window at today; a link would then show readings taken after it was made.
            throw new IllegalArgumentException("A link shows days that have begun: its last day is today ("
                    + today + ") at the latest.");
        }
        BpReport window = reports.report(member, from, to, guideline);
        if (ChronoUnit.DAYS.between(window.from(), window.to()) + 1 > MOST_REPORT_DAYS) {
            throw new IllegalArgumentException("A link shows at most " + MOST_REPORT_DAYS + " days of readings (26 "
                    + "weeks); choose fewer, or make a link for each half year.");
        }
        Instant now = clock.instant();
        String token = Secrets.random(PREFIX);
        ReportLink link = new ReportLink(0, member.id(), member.householdId(), forWhom, window.from(), window.to(),
                guideline, now, now.plus(Duration.ofDays(days)), null, 0, null);
        long id = links.insert(link, Sha256.hex(token), userId);
        audit.record(member.householdId(), userId, member.id(), AuditLog.Action.REPORT_LINK_MADE, "for " + forWhom
                + ": home blood-pressure report, " + window.from() + " to " + window.to() + ", "
                + guideline.label() + ", until " + until(link));
        return new Made(link.withId(id), publicUrl + PATH + token);
    }

    /** The member's links that still open, the newest first. */
    public List<ReportLink> open(MemberId member) {
        return links.open(member, clock.instant());
    }

    /** Ends a link of the member at once; false when there is no such open link. */
    @Transactional
    public boolean revoke(Member member, long id) {
        Optional<ReportLink> link = links.find(member.id(), id);
        if (link.isEmpty() || !links.revoke(member.id(), id, clock.instant())) {
            return false;
        }
        audit.record(member.householdId(), Actor.currentUserId(), member.id(), AuditLog.Action.REPORT_LINK_REVOKED,
                "for " + link.get().label() + ", " + link.get().firstDay() + " to " + link.get().lastDay());
        return true;
    }

    /** What an address opens: the link, or why it does not. */
    public interface Opening {
    }

    public record Opened(ReportLink link) implements Opening {
    }

    /** Revoked or expired: the person who sent it can send another. */
    public record Ended(ReportLink link) implements Opening {
    }

    public record Unknown() implements Opening {
    }

    /**
     * The link of a token from an address; when it opens and {@code counted} (a person's request, not a link
     * checker's), counted as opened.
     */
    @Transactional
    public Opening open(String token, boolean counted) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 80) {
            return new Unknown();
        }
        Optional<ReportLink> found = links.byTokenHash(Sha256.hex(token));
        if (found.isEmpty()) {
            return new Unknown();
        }
        ReportLink link = found.get();
        Instant now = clock.instant();
        if (!link.opensAt(now)) {
            return new Ended(link);
        }
        if (!counted) {
            return new Opened(link);
        }
        ZoneId zone = zones.of(link.memberId());
        links.opened(link.id(), now);
        if (link.firstOpeningSince(LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant())) {
            int times = link.openedCount() + 1;
            audit.record(link.householdId(), null, link.memberId(), AuditLog.Action.REPORT_LINK_OPENED, "for "
                    + link.label() + " (the first time today; opened " + times(times) + " in all)");
        }
        return new Opened(link);
    }

    /** "once", "twice", "3 times". */
    public static String times(int count) {
        return count == 1 ? "once" : count == 2 ? "twice" : count + " times";
    }

    /** "20 December 2026, 09:14 (Europe/Paris)": when the link stops opening, in the member's zone. */
    public String until(ReportLink link) {
        ZoneId zone = zones.of(link.memberId());
        return UNTIL.format(link.expiresAt().atZone(zone)) + " (" + zone.getId() + ")";
    }
}
