package dev.pulseboard.sync.run;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.pulseboard.connection.Connections;
import dev.pulseboard.sync.SyncProperties;
import dev.pulseboard.sync.webhook.WebhookMode;

/** {@code /settings}: how Pulseboard reaches Withings and how it learns of new data. */
@Controller
class SyncSettingsController {

    private final WebhookMode webhooks;
    private final SyncStatusRepository status;
    private final Connections connections;
    private final SyncProperties properties;
    private final String apiUrl;

    SyncSettingsController(WebhookMode webhooks, SyncStatusRepository status, Connections connections,
            SyncProperties properties, @Value("${pulseboard.withings.api-url}") String apiUrl) {
        this.webhooks = webhooks;
        this.status = status;
        this.connections = connections;
        this.properties = properties;
        this.apiUrl = apiUrl;
    }

    @GetMapping("/settings")
    String page(Model model) {
        model.addAttribute("webhooksEnabled", webhooks.enabled());
        model.addAttribute("webhookExplanation", webhooks.explanation());
        model.addAttribute("refusedMembers", webhooks.enabled()
                ? status.subscriptionsRefused().stream().filter(connections.connectedMembers()::contains).count() : 0);
        model.addAttribute("publicUrl", webhooks.publicUrl());
        model.addAttribute("safetyNet", words(properties.safetyNetInterval()));
        model.addAttribute("pollMin", words(properties.pollInterval()));
        model.addAttribute("pollMax", words(properties.pollMaxInterval()));
        model.addAttribute("apiUrl", apiUrl);
        return "sync/settings";
    }

    /** A setting's duration as a person says it: "7 days", "4 hours", "15 minutes". */
    static String words(Duration d) {
        if (d.toDays() > 0 && d.equals(Duration.ofDays(d.toDays()))) {
            return d.toDays() + (d.toDays() == 1 ? " day" : " days");
        }
        if (d.toHours() > 0 && d.equals(Duration.ofHours(d.toHours()))) {
            return d.toHours() + (d.toHours() == 1 ? " hour" : " hours");
        }
        long minutes = Math.max(1, d.toMinutes());
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
