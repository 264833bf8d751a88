package dev.pulseboard.dashboard.body;

import java.util.List;
import java.util.function.Predicate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.HouseholdChanged;
import dev.pulseboard.account.MemberAccess;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.measure.AmbiguousReading;
import dev.pulseboard.health.measure.Measurements;

/**
 * Readings from a shared scale that Withings could not attribute for sure: listed on the member's page, assigned
 * to the member who really stepped on the scale, or discarded.
 */
@Controller
public class AmbiguousController {

    static final int SHOWN = 20;

    private final MemberAccess access;
    private final Measurements measurements;
    private final ApplicationEventPublisher events;

    AmbiguousController(MemberAccess access, Measurements measurements, ApplicationEventPublisher events) {
        this.access = access;
        this.measurements = measurements;
        this.events = events;
    }

    /**
     * The member's pending ambiguous weigh-ins, newest first (one row per reading, its weight), the first
     * {@value #SHOWN} of them, and how many there are in all (the page says when it shows fewer).
     */
    public static Pending weighIns(Measurements measurements, MemberId member) {
        List<AmbiguousReading> all = measurements.pendingAmbiguous(member).stream().filter(r -> r.typeCode() == 1)
                .toList();
        return new Pending(all.stream().limit(SHOWN).toList(), all.size());
    }

    /** The weigh-ins a page shows, and how many are pending in all. */
    public record Pending(List<AmbiguousReading> shown, int total) {

        public boolean isEmpty() {
            return shown.isEmpty();
        }
    }

    @PostMapping("/members/{id}/ambiguous/{groupId}/assign")
    String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long groupId,
            @RequestParam long to, RedirectAttributes redirect) {
        return assignChosen(user, id, List.of(groupId), to, redirect);
    }

    /**
     * The weigh-ins chosen on the page (their group ids; at most the {@value #SHOWN} shown) assigned at once to one
     * member: each as {@link #assign} would, each in the audit log.
     */
    @PostMapping("/members/{id}/ambiguous/assign")
    String assignChosen(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(name = "group", required = false) List<Long> groups, @RequestParam long to,
            RedirectAttributes redirect) {
        MemberId from = access.edit(user, MemberId.of(id), MemberAccess.WEIGH_INS).id();
        var target = access.edit(user, MemberId.of(to), MemberAccess.WEIGH_IN_TO);
        return sorted(chosen(groups), redirect, id, "now belongs to " + target.name(),
                "now belong to " + target.name(), group -> {
            var reading = measurements.assignAmbiguous(from, group, target.id());
            reading.ifPresent(r -> events.publishEvent(HouseholdChanged.readingSorted(user, from, r, target.name())));
            return reading.isPresent();
        });
    }

    /** The weigh-ins chosen on the page discarded at once, each as {@link #discard} would. */
    @PostMapping("/members/{id}/ambiguous/discard")
    String discardChosen(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(name = "group", required = false) List<Long> groups, RedirectAttributes redirect) {
        MemberId member = access.edit(user, MemberId.of(id), MemberAccess.WEIGH_INS).id();
        return sorted(chosen(groups), redirect, id, "was discarded", "were discarded", group -> {
            var reading = measurements.discardAmbiguous(member, group);
            reading.ifPresent(r -> events.publishEvent(HouseholdChanged.readingSorted(user, member, r, null)));
            return reading.isPresent();
        });
    }

    /** The distinct group ids chosen, at most as many as a page shows; empty when none was. */
    private static List<Long> chosen(List<Long> groups) {
        return groups == null ? List.of() : groups.stream().distinct().limit(SHOWN).toList();
    }

    /** Sorts out each chosen weigh-in and says on the page how many were, and how many someone had sorted already. */
    private static String sorted(List<Long> groups, RedirectAttributes redirect, long id, String one, String many,
            Predicate<Long> sortOut) {
        if (groups.isEmpty()) {
            redirect.addFlashAttribute("error", "Choose the weigh-ins first: tick the box beside each.");
            return "redirect:/members/" + id + "#ambiguous";
        }
        long done = groups.stream().filter(sortOut).count();
        long already = groups.size() - done;
        redirect.addFlashAttribute(done > 0 ? "notice" : "error", done == 0
                ? (groups.size() == 1 ? "That reading was" : "Those readings were") + " already sorted out."
                : (done == 1 ? "1 weigh-in " + one : done + " weigh-ins " + many) + "."
                        + (already == 0 ? "" : " " + already + " had already been sorted out."));
        return "redirect:/members/" + id;
    }

    @PostMapping("/members/{id}/ambiguous/{groupId}/discard")
    String discard(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long groupId,
            RedirectAttributes redirect) {
        return discardChosen(user, id, List.of(groupId), redirect);
    }
}
