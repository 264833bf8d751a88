package dev.pulseboard.dashboard.overview;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.pulseboard.account.AccountException;
import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.MemberAccess;
import dev.pulseboard.account.Members;
import dev.pulseboard.account.Users;
import dev.pulseboard.account.household.OwnMember;
import dev.pulseboard.connection.ConnectionState;
import dev.pulseboard.dashboard.FieldErrors;
import dev.pulseboard.dashboard.member.MemberViews;
import dev.pulseboard.dashboard.settings.SettingsView;
import dev.pulseboard.sync.HistoryLinks;

/** {@code /}: the household at a glance, and adding a member. */
@Controller
class OverviewController {

    private final Members members;
    private final MemberAccess access;
    private final Users users;
    private final MemberViews views;
    private final OwnMember ownMember;
    private final HistoryLinks links;

    OverviewController(Members members, MemberAccess access, Users users, MemberViews views, OwnMember ownMember,
            HistoryLinks links) {
        this.members = members;
        this.access = access;
        this.users = users;
        this.views = views;
        this.ownMember = ownMember;
        this.links = links;
    }

    @GetMapping("/")
    String overview(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("settings") SettingsView settings,
            Model model) {
        var visible = access.visible(user).stream()
                .sorted(Comparator.comparing((MemberAccess.Visibility v) -> v.reason() != MemberAccess.Reason.SELF))
                .toList();
        // Every card is of a member the permission check just listed for this viewer.
        List<MemberCardView> cards = views.cards(visible.stream().map(MemberAccess.Visibility::member).toList(),
                settings);
        model.addAttribute("cards", cards);
        Set<Long> notConnected = cards.stream().filter(c -> c.connection() == ConnectionState.NOT_CONNECTED)
                .map(MemberCardView::id).collect(Collectors.toSet());
        model.addAttribute("why", visible.stream().collect(Collectors.toMap(v -> v.member().id().value(),
                v -> views.why(v, settings))));
        model.addAttribute("mayManage", visible.stream().collect(Collectors.toMap(v -> v.member().id().value(),
                MemberAccess.Visibility::mayManage)));
        // A grantee who manages a member links no account to one whose data is kept here (asked only of them, and
        // only of a member with no link: the cards' connections are read already).
        model.addAttribute("mayConnect", visible.stream().collect(Collectors.toMap(v -> v.member().id().value(),
                v -> v.mayManage() && notConnected.contains(v.member().id().value())
                        && (v.mayEdit() || !links.linkJoinsHistory(v.member().id())))));
        CurrentUser me = users.me(user);
        model.addAttribute("isAdmin", visible.stream().anyMatch(v -> v.reason() == MemberAccess.Reason.ADMIN)
                || me.isAdmin());
        // An administrator who is no member yet (the one who set the household up) may add themselves.
        model.addAttribute("mayAddSelf", me.isAdmin() && me.memberId() == null);
        return "overview/overview";
    }

    /** A refused name comes back to the overview's form, at its field, as it was typed. */
    @PostMapping("/members")
    String add(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "false") boolean me, RedirectAttributes redirect) {
        users.requireAdmin(user);
        try {
            var added = me ? ownMember.addSelf(user, name) : members.add(user, name);
            return "redirect:/members/" + added.id();
        } catch (AccountException e) {
            FieldErrors errors = new FieldErrors().typed("name", name);
            errors.add(e);
            redirect.addFlashAttribute("errors", errors);
            return "redirect:/";
        }
    }
}
