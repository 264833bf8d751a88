package dev.pulseboard.dashboard;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code POST /settings}: the viewer's body-mass unit and time zone, kept in the session; back to the page. */
@Controller
class SettingsController {

    private final Settings settings;

    SettingsController(Settings settings) {
        this.settings = settings;
    }

    @PostMapping("/settings")
    String update(@RequestParam(defaultValue = "KG") String unit, @RequestParam(defaultValue = "") String zone,
            @RequestParam(defaultValue = "/") String back, HttpSession session, RedirectAttributes redirect) {
        if (!settings.update(session, unit, zone)) {
            redirect.addFlashAttribute("error", "\u201c" + zone + "\u201d is not a time zone; use a name such as "
                    + "Europe/Paris or America/New_York.");
        }
        return "redirect:" + (isLocalPath(back) ? back : "/");
    }

    /** Only a path of this server: never {@code //host} or a scheme, which would make this an open redirect. */
    static boolean isLocalPath(String path) {
        return path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") && !path.contains("\r")
                && !path.contains("\n");
    }
}
