package dev.pulseboard.dashboard.household;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.pulseboard.account.AccountException;
import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.Member;
import dev.pulseboard.account.Members;
import dev.pulseboard.account.Users;
import dev.pulseboard.account.household.InvitationLinks;
import dev.pulseboard.account.household.Invitations;
import dev.pulseboard.account.household.OwnMember;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.dashboard.FieldErrors;

/**
 * {@code /household} ("People"), for administrators: the household's logins (role, temporary password, removal)
 * and its invitations (create, copy the link once, revoke).
 */
@Controller
class HouseholdController {

    private final Users users;
    private final Members members;
    private final Invitations invitations;
    private final InvitationLinks links;
    private final OwnMember ownMember;

    HouseholdController(Users users, Members members, Invitations invitations, InvitationLinks links,
            OwnMember ownMember) {
        this.users = users;
        this.members = members;
        this.invitations = invitations;
        this.links = links;
        this.ownMember = ownMember;
    }

    /** The page the header calls People, at the address a person would type for it. */
    @GetMapping("/people")
    String people() {
        return "redirect:/household";
    }

    @GetMapping("/household")
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<CurrentUser> logins = users.list(user);
        Set<MemberId> linked = logins.stream().map(CurrentUser::memberId).filter(m -> m != null)
                .collect(Collectors.toSet());
        List<Member> all = members.list(user.householdId());
        model.addAttribute("users", logins);
        model.addAttribute("me", user.userId());
        model.addAttribute("memberNames", all.stream().collect(Collectors.toMap(m -> m.id(), Member::name)));
        model.addAttribute("withoutLogin", all.stream().filter(m -> !linked.contains(m.id())).toList());
        model.addAttribute("invitations", invitations.list(user));
        return "household/people";
    }

    /** A refused invitation comes back to the form, each message at its field, with what was chosen and typed. */
    @PostMapping("/household/invitations")
    String invite(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String member,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "MEMBER") String role,
            @RequestParam(defaultValue = "7") int days, RedirectAttributes redirect) {
        FieldErrors errors = new FieldErrors().typed("member", member).typed("name", name).typed("role", role)
                .typed("days", Integer.toString(days));
        errors.check(() -> {
            var created = invitations.create(user, memberId(member), name, role(role), Duration.ofDays(days));
            redirect.addFlashAttribute("link", links.url(created.token()));
            redirect.addFlashAttribute("notice",
                    "Invitation created. Copy the link below and send it yourself: it is shown only this once.");
        });
        if (errors.any()) {
            redirect.addFlashAttribute("errors", errors);
        }
        return "redirect:/household";
    }

    @PostMapping("/household/invitations/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, () -> {
            invitations.revoke(user, id);
            return "Invitation revoked; its link no longer works.";
        });
    }

    @PostMapping("/household/users/{id}/role")
    String role(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String role,
            RedirectAttributes redirect) {
        return act(redirect, () -> "Role of " + users.changeRole(user, id, role(role)).name() + " changed.");
    }

    /**
     * A refused temporary password comes back to its own row's field ({@code user-<id>-password}), with the message
     * there and in the summary; what was typed is not kept (a password never is).
     */
    @PostMapping("/household/users/{id}/password")
    String reset(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(defaultValue = "") String password, RedirectAttributes redirect) {
        FieldErrors errors = FieldErrors.prefixed("user-" + id);
        errors.check(() -> {
            users.resetPassword(user, id, password);
            redirect.addFlashAttribute("notice",
                    "Temporary password set: give it to them; they must choose a new one when they sign in.");
        });
        if (errors.any()) {
            redirect.addFlashAttribute("errors", errors);
        }
        return "redirect:/household";
    }

    /** The administrator says which member is them: their pages then call it "You" ({@link OwnMember}). */
    @PostMapping("/household/me/member")
    String thisIsMe(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String member,
            RedirectAttributes redirect) {
        return act(redirect, () -> {
            // Who may do this at all comes before what the form holds (a member user's forged form: 403, not a note).
            users.requireAdmin(user);
            MemberId chosen = memberId(member);
            if (chosen == null) {
                throw AccountException.invalid("member", "Choose the member who is you.");
            }
            ownMember.link(user, chosen);
            return "Your login is now " + members.get(user.householdId(), chosen).name()
                    + "'s: your pages call that member \u201cYou\u201d.";
        });
    }

    @PostMapping("/household/me/member/remove")
    String notMe(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return act(redirect, () -> {
            ownMember.unlink(user);
            return "Your login is no member's now. The member and their data stay; you still see them all.";
        });
    }

    @PostMapping("/household/users/{id}/remove")
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, () -> {
            users.remove(user, id);
            return "Login removed. Their member and data stay.";
        });
    }

    private static String act(RedirectAttributes redirect, Action action) {
        try {
            redirect.addFlashAttribute("notice", action.run());
        } catch (AccountException e) {
            if (e.reason() == AccountException.Reason.FORBIDDEN || e.reason() == AccountException.Reason.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/household";
    }

    /** The form's member: none (a new member), or one from the list; anything else (a forged form) is refused. */
    private static MemberId memberId(String member) {
        try {
            return member.isBlank() ? null : MemberId.of(Long.parseLong(member));
        } catch (NumberFormatException e) {
            throw AccountException.invalid("member", "Choose a member from the list.");
        }
    }

    /** The form's role; anything else (a forged form) is refused, never read as the least one. */
    private static CurrentUser.Role role(String role) {
        for (CurrentUser.Role r : CurrentUser.Role.values()) {
            if (r.name().equalsIgnoreCase(role)) {
                return r;
            }
        }
        throw AccountException.invalid("role",
                "Choose a role from the list: member or administrator. Nothing was changed.");
    }

    private interface Action {
        String run();
    }
}
