package dev.pulseboard.withings.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.pulseboard.withings.ClientTestSupport;
import dev.pulseboard.withings.FakeWithings;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.WithingsException;
import dev.pulseboard.withings.WithingsInvalidParamsException;

class WithingsNotificationsIntegrationTests extends ClientTestSupport {

    private static final URI CALLBACK = URI.create("https://pulse.example/withings/notify");

    private final WithingsNotifications notifications = clients.notifications();

    @Test
    void subscribesOnNotifyNotV2WithTheBearerToken() {
        withings.reply("/notify", "subscribe", "empty_body_array.json");

        notifications.subscribe(tokens, CALLBACK, Appli.WEIGHT, "pulseboard", Priority.INTERACTIVE);

        FakeWithings.Request sent = withings.onlyRequest();
        assertThat(sent.path()).isEqualTo("/notify");
        assertThat(sent.authorization()).isEqualTo("Bearer token-1");
        assertThat(sent.form()).containsExactlyInAnyOrderEntriesOf(Map.of("action", "subscribe", "callbackurl",
                CALLBACK.toString(), "appli", "1", "comment", "pulseboard"));
    }

    @Test
    void reportsAnUnreachableCallbackAsInvalidParams() {
        withings.reply("/notify", "subscribe", "error_293.json");

        assertThatThrownBy(() -> notifications.subscribe(tokens, CALLBACK, Appli.SLEEP, null, Priority.INTERACTIVE))
                .isInstanceOf(WithingsInvalidParamsException.class)
                .satisfies(e -> assertThat(((WithingsException) e).status()).isEqualTo(293));
        assertThat(withings.onlyRequest().form()).doesNotContainKey("comment");
    }

    @Test
    void getsOneSubscription() {
        withings.reply("/notify", "get", "notify_get.json");

        Subscription subscription = notifications.subscription(tokens, CALLBACK, Appli.WEIGHT, Priority.INTERACTIVE);

        assertThat(withings.onlyRequest().form()).containsExactlyInAnyOrderEntriesOf(Map.of("action", "get",
                "callbackurl", CALLBACK.toString(), "appli", "1"));
        assertThat(subscription).isEqualTo(new Subscription(Appli.WEIGHT, CALLBACK.toString(), null, "pulseboard"));
    }

    @Test
    void listsSubscriptionsIncludingUnknownAppli() {
        withings.reply("/notify", "list", "notify_list.json");

        List<Subscription> subscriptions = notifications.subscriptions(tokens, null, Priority.BACKFILL);

        assertThat(withings.onlyRequest().form()).containsExactlyInAnyOrderEntriesOf(Map.of("action", "list"));
        assertThat(subscriptions).extracting(Subscription::appli).containsExactly(Appli.WEIGHT, Appli.SLEEP,
                Appli.fromCode(77));
        assertThat(subscriptions.get(0).expires()).isEqualTo(Instant.ofEpochSecond(2147483647L));
        assertThat(subscriptions.get(1).comment()).isNull();
    }

    @Test
    void revokesAndUpdatesSubscriptions() {
        withings.reply("/notify", "revoke", "empty_body_object.json");
        withings.reply("/notify", "update", "empty_body_object.json");

        notifications.unsubscribe(tokens, CALLBACK, Appli.ACTIVITY, Priority.INTERACTIVE);
        notifications.updateSubscription(tokens, CALLBACK, Appli.ACTIVITY, URI.create("https://new.example/n"),
                null, null, Priority.INTERACTIVE);

        assertThat(withings.requests().get(0).form()).containsExactlyInAnyOrderEntriesOf(Map.of("action", "revoke",
                "callbackurl", CALLBACK.toString(), "appli", "16"));
        assertThat(withings.requests().get(1).form()).containsExactlyInAnyOrderEntriesOf(Map.of("action", "update",
                "callbackurl", CALLBACK.toString(), "appli", "16", "new_callbackurl", "https://new.example/n"));
    }

    @Test
    void renewsTheTokenOnceWhenNotifyAnswers401() {
        withings.reply("/notify", "list", "error_401.json").reply("/notify", "list", "notify_list.json");

        assertThat(notifications.subscriptions(tokens, Appli.WEIGHT, Priority.INTERACTIVE)).hasSize(3);
        assertThat(tokens.rejected).containsExactly("token-1");
        assertThat(withings.requests()).extracting(r -> r.form().get("appli")).containsExactly("1", "1");
    }
}
