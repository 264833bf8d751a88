package dev.pulseboard.dashboard.overview;

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
import dev.pulseboard.account.Members;
import dev.pulseboard.dashboard.member.MemberViews;
import dev.pulseboard.dashboard.settings.SettingsView;

/** {@code /}: the household at a glance, and adding a member. */
@Controller
class OverviewController {

    private final Members members;
    private final MemberViews views;

    OverviewController(Members members, MemberViews views) {
        this.members = members;
        this.views = views;
    }

    @GetMapping("/")
    String overview(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("settings") SettingsView settings,
            Model model) {
        model.addAttribute("cards",
                members.list(user.householdId()).stream().map(m -> views.card(m, settings)).toList());
        return "overview/overview";
    }

    @PostMapping("/members")
    String add(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String name,
            RedirectAttributes redirect) {
        try {
            var member = members.add(user.householdId(), name);
            return "redirect:/members/" + member.id();
        } catch (AccountException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/";
        }
    }
}
