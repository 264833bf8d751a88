package dev.pulseboard.sync.webhook;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.pulseboard.connection.Connections;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.sync.Syncs;

/**
 * The public URL (or, in demo mode, the port) changed since the last start: Withings would go on notifying the old
 * address, and the members' readings would come only with the next safety net. At the start, every connected member
 * gets a sync, whose subscription check moves their subscriptions to the new address.
 */
@Component
class CallbackMove {

    private static final Logger log = LoggerFactory.getLogger(CallbackMove.class);
    static final String SETTING = "notify.public-url";

    private final JdbcClient jdbc;
    private final WebhookMode webhooks;
    private final Connections connections;
    private final Syncs syncs;

    CallbackMove(JdbcClient jdbc, WebhookMode webhooks, Connections connections, Syncs syncs) {
        this.jdbc = jdbc;
        this.webhooks = webhooks;
        this.connections = connections;
        this.syncs = syncs;
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkAddress() {
        if (!webhooks.enabled()) {
            return;
        }
        String now = webhooks.publicUrl().toString();
        String before = jdbc.sql("select setting_value from app_setting where setting_name = ?").param(SETTING)
                .query(String.class).optional().orElse(null);
        if (now.equals(before)) {
            return;
        }
        if (before == null) {
            try {
                jdbc.sql("insert into app_setting (setting_name, setting_value) values (?, ?)").params(SETTING, now)
                        .update();
            } catch (DuplicateKeyException anotherInstanceFirst) {
                return;
            }
        } else if (jdbc.sql("update app_setting set setting_value = ? where setting_name = ? and setting_value = ?")
                .params(now, SETTING, before).update() == 0) {
            return; // Another instance, starting at the same time, moves them.
        }
        var members = connections.connectedMembers();
        if (before != null && !members.isEmpty()) {
            log.info("The notification address moved from {} to {}: the subscriptions of {} connected member(s) are "
                    + "moved to it with a sync each", before, now, members.size());
            for (MemberId member : members) {
                syncs.request(member);
            }
        }
    }
}
