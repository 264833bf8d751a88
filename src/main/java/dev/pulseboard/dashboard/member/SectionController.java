package dev.pulseboard.dashboard.member;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.Member;
import dev.pulseboard.account.MemberAccess;
import dev.pulseboard.account.Members;
import dev.pulseboard.connection.ConnectionState;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.dashboard.activity.ActivitySection;
import dev.pulseboard.dashboard.body.AmbiguousController;
import dev.pulseboard.dashboard.body.BodySection;
import dev.pulseboard.dashboard.chart.DailySections;
import dev.pulseboard.dashboard.chart.RangeView;
import dev.pulseboard.dashboard.chart.Ranges;
import dev.pulseboard.dashboard.chart.TableRows;
import dev.pulseboard.dashboard.ecg.EcgSection;
import dev.pulseboard.dashboard.heart.HeartSection;
import dev.pulseboard.dashboard.overview.MemberCardView;
import dev.pulseboard.dashboard.settings.SettingsView;
import dev.pulseboard.dashboard.sleep.SleepSection;
import dev.pulseboard.health.measure.AdultCategories;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.sync.HistoryLinks;

/**
 * {@code /members/{id}}: a member's landing page (Withings connection and the Body section), and each section
 * under it ({@code /body}, {@code /heart}, {@code /sleep}, ...), all with the same tab bar and range.
 */
@Controller
class SectionController {

    private final MemberAccess access;
    private final MemberViews views;
    private final Ranges ranges;
    private final BodySection body;
    private final HeartSection heart;
    private final SleepSection sleep;
    private final ActivitySection activity;
    private final EcgSection ecg;
    private final DailySections daily;
    private final Measurements measurements;
    private final SectionCache cache;
    private final HistoryLinks links;
    private final Members members;

    SectionController(MemberAccess access, MemberViews views, Ranges ranges, BodySection body, HeartSection heart,
            SleepSection sleep, ActivitySection activity, EcgSection ecg, DailySections daily,
            Measurements measurements, SectionCache cache, HistoryLinks links, Members members) {
        this.access = access;
        this.views = views;
        this.ranges = ranges;
        this.body = body;
        this.heart = heart;
        this.sleep = sleep;
        this.activity = activity;
        this.ecg = ecg;
        this.daily = daily;
        this.measurements = measurements;
        this.cache = cache;
        this.links = links;
        this.members = members;
    }

    @GetMapping("/members/{id}")
    String landing(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String range, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @ModelAttribute("settings") SettingsView viewer,
            Model model) {
        Page page = prepare(user, id, "overview", range, from, to, viewer, model);
        MemberId member = page.member().id();
        AdultCategories adults = page.adults();
        model.addAttribute("body", cache.section(member, "landing",
                () -> body.build(member, page.range(), page.settings(), false, TableRows.LATEST_ONLY, adults),
                page.range(), page.settings(), adults));
        model.addAttribute("ambiguous", AmbiguousController.weighIns(measurements, page.member().id()));
        // Readings older than the date of birth: a mistyped year, said at the field for as long as it stands (to
        // those who may change it: no count for the others).
        LocalDate born = page.member().birthDate();
        boolean mayEdit = Boolean.TRUE.equals(model.getAttribute("mayEdit"));
        model.addAttribute("readingsBeforeBirth", born == null || !mayEdit ? 0L
                : measurements.countBefore(member, born));
        model.addAttribute("householdMembers", access.visible(user).stream()
                .filter(MemberAccess.Visibility::mayEdit).map(MemberAccess.Visibility::member).toList());
        return "member/member";
    }

    @GetMapping("/members/{id}/{section:body|heart|sleep|activity|ecg|devices}")
    String section(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String section,
            @RequestParam(required = false) String range, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String night,
            @RequestParam(required = false) String signal, @RequestParam(required = false) String rows,
            @ModelAttribute("settings") SettingsView viewer, Model model) {
        Page page = prepare(user, id, section, range, from, to, viewer, model);
        TableRows listed = TableRows.parse(rows);
        model.addAttribute("rows", listed);
        MemberId member = page.member().id();
        RangeView r = page.range();
        SettingsView settings = page.settings();
        RangeView ownDays = page.ownDays();
        LocalDate membersToday = page.membersToday();
        AdultCategories adults = page.adults();
        // The permission check ran in prepare(): only a member this viewer may see now reaches the cache. Sleep and
        // ECG ask Withings for the chosen night's hypnogram or recording's strip when it is not stored.
        Object view = switch (section) {
            case "body" -> cache.section(member, section, () -> body.build(member, r, settings, true, listed,
                    adults), r, settings, listed, adults);
            case "heart" -> cache.section(member, section, () -> heart.build(member, r, settings, listed, adults), r,
                    settings, listed, adults);
            case "sleep" -> cache.sectionWithDetails(member, section, () -> sleep.build(member, ownDays, settings,
                    night, listed), ownDays, settings, night, listed);
            case "activity" -> cache.section(member, section, () -> activity.build(member, ownDays, settings,
                    membersToday, listed), ownDays, settings, membersToday, listed);
            case "ecg" -> cache.sectionWithDetails(member, section, () -> ecg.build(member, r, settings, signal,
                    adults, listed), r, settings, signal, ecg.linkedAccount(member), adults, listed);
            default -> cache.section(member, section, () -> daily.devices(member, settings), settings);
        };
        model.addAttribute(section, view);
        return "member/section";
    }

    /**
     * The sync line, polled by htmx every 2 s while a sync is queued or running. When the run has ended the page's
     * script reloads the page, or offers to when someone is typing (live.js).
     */
    @GetMapping("/members/{id}/sync-status")
    String syncStatus(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean card, @ModelAttribute("settings") SettingsView viewer,
            Model model) {
        Member member = access.view(user, MemberId.of(id));
        MemberCardView view = views.card(member, viewer);
        model.addAttribute("member", view);
        model.addAttribute("onCard", card);
        return "fragments :: sync-status";
    }

    /** The member (if the viewer may see them, else a 404), the settings of their pages and the range. */
    private Page prepare(CurrentUser user, long id, String section, String range, String from, String to,
            SettingsView viewer, Model model) {
        MemberAccess.Visibility visibility = access.visibility(user, MemberId.of(id));
        Member member = visibility.member();
        model.addAttribute("mayManage", visibility.mayManage());
        model.addAttribute("mayEdit", visibility.mayEdit());
        model.addAttribute("mayShare", visibility.mayEdit());
        model.addAttribute("holdsGrant", visibility.reason() == MemberAccess.Reason.GRANT);
        if (visibility.reason() == MemberAccess.Reason.GRANT) {
            model.addAttribute("whoDecides", access.whoDecides(member));
        }
        Optional<ZoneId> own = views.knownZone(member.id());
        SettingsView settings = viewer.forMember(own.orElse(null));
        model.addAttribute("why", OverviewWhy.of(visibility, settings));
        RangeView r = ranges.parse(range, from, to, settings.zone());
        model.addAttribute("settings", settings);
        MemberCardView card = views.card(member, viewer);
        model.addAttribute("member", card);
        if (card.connection() == ConnectionState.NOT_CONNECTED) {
            // Whether data is kept of a member with no link: the empty states say so rather than "No data yet",
            // and a grantee who may connect the member may not link any account then (HistoryLinks).
            model.addAttribute("historyKept", links.linkJoinsHistory(member.id()));
        } else if (card.connection() == ConnectionState.RECONNECT_REQUIRED) {
            model.addAttribute("madeUpInTheDemo", links.madeUpInTheDemo(member.id()));
        }
        model.addAttribute("birthDate", member.birthDate());
        model.addAttribute("birthDateLocked", members.birthDateLocked(user, member));
        model.addAttribute("reportNote", member.reportNote());
        model.addAttribute("section", section);
        model.addAttribute("tabs", TabView.ALL);
        model.addAttribute("range", r);
        // Activity days and nights are dated by the member's own calendar, which may be a day ahead of the page's.
        LocalDate membersToday = views.today(own.orElse(settings.zone()));
        return new Page(member, settings, r, r.throughMembersDay(membersToday, views.today(settings.zone())),
                membersToday);
    }

    /** {@code ownDays}: the range for data dated by the member's calendar, which runs to {@code membersToday}. */
    private record Page(Member member, SettingsView settings, RangeView range, RangeView ownDays,
            LocalDate membersToday) {

        /** Which readings the adult categories judge, by the member's date of birth (a cached part's key holds it). */
        AdultCategories adults() {
            return new AdultCategories(member.birthDate());
        }
    }
}
