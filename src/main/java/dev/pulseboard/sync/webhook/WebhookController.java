package dev.pulseboard.sync.webhook;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.sync.SyncMeters;
import dev.pulseboard.withings.notify.Notification;

/**
 * {@code /withings/notify/{secret}}: Withings' webhook. HEAD (Withings' probe at subscribe time) answers 200.
 * A POST is checked against the installation's secret in constant time, inserted into the inbox and answered
 * at once; fetching happens later, in a job that coalesces notifications. A malformed or forged notification
 * gets a 4xx and touches nothing.
 */
@RestController
class WebhookController {

    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    private final NotificationInbox inbox;
    private final SyncMeters meters;

    WebhookController(NotificationInbox inbox, SyncMeters meters) {
        this.inbox = inbox;
        this.meters = meters;
    }

    @RequestMapping(path = "/withings/notify/{secret}", method = { RequestMethod.HEAD, RequestMethod.GET })
    ResponseEntity<Void> probe(@PathVariable String secret) {
        return inbox.secretMatches(secret) ? ResponseEntity.ok().build() : ResponseEntity.notFound().build();
    }

    @RequestMapping(path = "/withings/notify/{secret}", method = RequestMethod.POST)
    ResponseEntity<Map<String, Object>> receive(@PathVariable String secret, @RequestParam Map<String, String> form) {
        if (!inbox.secretMatches(secret)) {
            log.warn("Refused a Withings notification with a wrong path secret");
            meters.notificationReceived("refused");
            return ResponseEntity.notFound().build();
        }
        Notification notification;
        try {
            notification = Notification.fromForm(form);
        } catch (IllegalArgumentException e) {
            log.info("Refused a malformed Withings notification: {}", e.getMessage());
            meters.notificationReceived("malformed");
            return ResponseEntity.badRequest().body(Map.of("code", 400, "message", e.getMessage()));
        }
        inbox.accept(notification);
        meters.notificationReceived("accepted");
        return ResponseEntity.ok(Map.of("code", 0, "message", "Success"));
    }
}
