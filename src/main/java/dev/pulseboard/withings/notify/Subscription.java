package dev.pulseboard.withings.notify;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.withings.transport.Json;

/**
 * A notification subscription of one user (notify get/list, withings-api.md §4.9).
 *
 * @param expires when it lapses (Withings sends 2147483647, i.e. never), or null
 */
public record Subscription(Appli appli, String callbackUrl, Instant expires, String comment) {

    static Subscription decode(JsonNode node) {
        return new Subscription(Appli.fromCode((int) Json.longOr(node, "appli", 0)), Json.string(node, "callbackurl"),
                Json.instant(node, "expires"), Json.string(node, "comment"));
    }
}
