package dev.pulseboard.dashboard.body;

import java.util.List;

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
        MemberId from = access.edit(user, MemberId.of(id), MemberAccess.WEIGH_INS).id();
        var target = access.edit(user, MemberId.of(to), MemberAccess.WEIGH_IN_TO);
        var reading = measurements.assignAmbiguous(from, groupId, target.id());
        reading.ifPresent(r -> events.publishEvent(HouseholdChanged.readingSorted(user, from, r, target.name())));
        boolean done = reading.isPresent();
        redirect.addFlashAttribute(done ? "notice" : "error", done ? "The reading now belongs to " + target.name() + "."
                : "That reading was already sorted out.");
        return "redirect:/members/" + id;
    }

    @PostMapping("/members/{id}/ambiguous/{groupId}/discard")
    String discard(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long groupId,
            RedirectAttributes redirect) {
        MemberId member = access.edit(user, MemberId.of(id), MemberAccess.WEIGH_INS).id();
        var reading = measurements.discardAmbiguous(member, groupId);
        reading.ifPresent(r -> events.publishEvent(HouseholdChanged.readingSorted(user, member, r, null)));
        boolean done = reading.isPresent();
        redirect.addFlashAttribute(done ? "notice" : "error", done ? "The reading was discarded."
                : "That reading was already sorted out.");
        return "redirect:/members/" + id;
    }
}
