package dev.pulseboard.dashboard.settings;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.pulseboard.account.CurrentUser;

/** {@code POST /settings}: the viewer's units and time zone, saved to their account; back to the page. */
@Controller
class SettingsController {

    private final Settings settings;

    SettingsController(Settings settings) {
        this.settings = settings;
    }

    @PostMapping("/settings")
    String update(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "KG") String unit,
            @RequestParam(defaultValue = "CELSIUS") String temperature,
            @RequestParam(defaultValue = "KM") String distance, @RequestParam(defaultValue = "") String zone,
            @RequestParam(defaultValue = "/") String back, RedirectAttributes redirect) {
        settings.update(user, unit, temperature, distance, zone).ifPresentOrElse(
                why -> redirect.addFlashAttribute("error", why),
                () -> redirect.addFlashAttribute("notice", "Units and time zone saved."));
        return "redirect:" + (isLocalPath(back) ? back : "/");
    }

    /** Only a path of this server: never {@code //host} or a scheme, which would make this an open redirect. */
    static boolean isLocalPath(String path) {
        return path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") && !path.contains("\r")
                && !path.contains("\n");
    }
}
