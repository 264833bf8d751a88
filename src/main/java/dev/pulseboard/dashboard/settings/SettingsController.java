package dev.pulseboard.dashboard.settings;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.dashboard.FieldErrors;

/** {@code POST /settings}: the viewer's units and time zone, saved to their account; back to the page. */
@Controller
class SettingsController {

    private final Settings settings;

    SettingsController(Settings settings) {
        this.settings = settings;
    }

    /**
     * A refusal goes back to the form it was sent from ({@code form}: the Units menu, {@code header}, or the Settings
     * page's, {@code page}), which shows each message at its field and what was chosen and typed.
     */
    @PostMapping("/settings")
    String update(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "KG") String unit,
            @RequestParam(defaultValue = "CELSIUS") String temperature,
            @RequestParam(defaultValue = "KM") String distance, @RequestParam(defaultValue = "") String zone,
            @RequestParam(defaultValue = "") String guideline,
            @RequestParam(defaultValue = "/") String back, @RequestParam(defaultValue = "header") String form,
            RedirectAttributes redirect) {
        FieldErrors errors = FieldErrors.prefixed("page".equals(form) ? "page" : "header").typed("unit", unit)
                .typed("temperature", temperature).typed("distance", distance).typed("zone", zone)
                .typed("guideline", guideline);
        settings.update(user, unit, temperature, distance, zone, guideline, errors);
        if (errors.any()) {
            redirect.addFlashAttribute("unitsErrors", errors);
        } else {
            redirect.addFlashAttribute("notice", "Units and time zone saved.");
        }
        return "redirect:" + (isLocalPath(back) ? back : "/");
    }

    /** Only a path of this server: never {@code //host} or a scheme, which would make this an open redirect. */
    static boolean isLocalPath(String path) {
        return path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") && !path.contains("\r")
                && !path.contains("\n");
    }
}
