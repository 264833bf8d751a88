package dev.pulseboard.sync;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /settings}: how Pulseboard reaches Withings and how it learns of new data. */
@Controller
class SyncSettingsController {

    private final WebhookMode webhooks;
    private final SyncProperties properties;
    private final String apiUrl;

    SyncSettingsController(WebhookMode webhooks, SyncProperties properties,
            @Value("${pulseboard.withings.api-url}") String apiUrl) {
        this.webhooks = webhooks;
        this.properties = properties;
        this.apiUrl = apiUrl;
    }

    @GetMapping("/settings")
    String page(Model model) {
        model.addAttribute("webhooksEnabled", webhooks.enabled());
        model.addAttribute("webhookExplanation", webhooks.explanation());
        model.addAttribute("visitInterval", webhooks.enabled() ? properties.safetyNetInterval()
                : properties.pollInterval());
        model.addAttribute("apiUrl", apiUrl);
        return "sync/settings";
    }
}
