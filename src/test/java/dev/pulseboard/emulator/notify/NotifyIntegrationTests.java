package dev.pulseboard.emulator.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.emulator.CallbackServer;
import dev.pulseboard.emulator.EmulatorIntegrationSupport;
import dev.pulseboard.emulator.EmulatorTestClient;
import dev.pulseboard.emulator.oauth.ConsentController;

class NotifyIntegrationTests extends EmulatorIntegrationSupport {

    private JsonNode notify(String token, Map<String, String> params) {
        return client.call("/notify", token, params);
    }

    @Test
    void subscribeAnswers293WhenTheCallbackRefusesHead() {
        try (CallbackServer hook = new CallbackServer().answeringHead(405)) {
            String token = client.accessToken("alex");

            JsonNode response = notify(token, Map.of("action", "subscribe", "callbackurl", hook.url(), "appli", "1"));

            assertThat(response.get("status").asInt()).isEqualTo(293);
            assertThat(hook.calls()).extracting(CallbackServer.Call::method).containsExactly("HEAD");
            assertThat(notify(token, Map.of("action", "list")).at("/body/profiles").isEmpty()).isTrue();
        }
    }

    @Test
    void subscribeAnswers293ForAnUnreachableCallback() {
        String token = client.accessToken("alex");

        JsonNode response = notify(token, Map.of("action", "subscribe", "callbackurl",
                "http://localhost:1/nothing", "appli", "1"));

        assertThat(response.get("status").asInt()).isEqualTo(293);
    }

    @Test
    void subscribeListGetUpdateAndRevokeASubscription() {
        try (CallbackServer hook = new CallbackServer()) {
            String token = client.accessToken("alex");
            assertThat(notify(token, Map.of("action", "subscribe", "callbackurl", hook.url(), "appli", "4",
                    "comment", "bp")).get("status").asInt()).isZero();

            JsonNode profiles = notify(token, Map.of("action", "list")).at("/body/profiles");
            assertThat(profiles.size()).isEqualTo(1);
            assertThat(profiles.get(0).get("appli").asInt()).isEqualTo(4);
            assertThat(profiles.get(0).get("callbackurl").asString()).isEqualTo(hook.url());
            assertThat(profiles.get(0).get("expires").asLong()).isEqualTo(2147483647L);
            assertThat(notify(token, Map.of("action", "get", "callbackurl", hook.url(), "appli", "4"))
                    .at("/body/comment").asString()).isEqualTo("bp");

            assertThat(notify(token, Map.of("action", "update", "callbackurl", hook.url(), "appli", "4",
                    "new_appli", "1")).get("status").asInt()).isZero();
            assertThat(notify(token, Map.of("action", "list")).at("/body/profiles/0/appli").asInt()).isEqualTo(1);

            assertThat(notify(token, Map.of("action", "revoke", "callbackurl", hook.url(), "appli", "1"))
                    .get("status").asInt()).isZero();
            assertThat(notify(token, Map.of("action", "list")).at("/body/profiles").isEmpty()).isTrue();
            assertThat(notify(token, Map.of("action", "revoke", "callbackurl", hook.url(), "appli", "1"))
                    .get("status").asInt()).isEqualTo(NotifyEndpoint.NO_SUCH_SUBSCRIPTION);
        }
    }

    @Test
    void getAnswersAppliCallbackAndCommentWithoutExpiresAndDefaultsToAppliOne() {
        try (CallbackServer hook = new CallbackServer()) {
            String token = client.accessToken("alex");
            assertThat(notify(token, Map.of("action", "subscribe", "callbackurl", hook.url(), "appli", "1",
                    "comment", "weight")).get("status").asInt()).isZero();

            JsonNode got = notify(token, Map.of("action", "get", "callbackurl", hook.url()));

            assertThat(got.get("status").asInt()).isZero();
            assertThat(got.get("body").propertyNames()).containsExactly("appli", "callbackurl", "comment");
            assertThat(got.at("/body/appli").asInt()).isEqualTo(1);
            assertThat(got.at("/body/comment").asString()).isEqualTo("weight");
            assertThat(notify(token, Map.of("action", "list")).at("/body/profiles/0/expires").asLong())
                    .isEqualTo(2147483647L);
        }
    }

    @Test
    void subscribeRevokeAndUpdateNeedAnAppli() {
        try (CallbackServer hook = new CallbackServer()) {
            String token = client.accessToken("alex");
            assertThat(notify(token, Map.of("action", "subscribe", "callbackurl", hook.url(), "appli", "1"))
                    .get("status").asInt()).isZero();

            JsonNode subscribe = notify(token, Map.of("action", "subscribe", "callbackurl", hook.url()));
            JsonNode update = notify(token, Map.of("action", "update", "callbackurl", hook.url(), "comment", "x"));
            JsonNode revoke = notify(token, Map.of("action", "revoke", "callbackurl", hook.url()));

            assertThat(List.of(subscribe, update, revoke)).allSatisfy(r -> {
                assertThat(r.get("status").asInt()).isEqualTo(503);
                assertThat(r.get("error").asString()).contains("appli");
            });
            JsonNode profiles = notify(token, Map.of("action", "list")).at("/body/profiles");
            assertThat(profiles.size()).as("nothing revoked, nothing updated").isEqualTo(1);
            assertThat(profiles.get(0).get("comment").isNull()).isTrue();
        }
    }

    @Test
    void refusesAnAppliOutsideTheTokenScope() {
        String token = client.exchange(client.authorize("alex", "user.metrics")).at("/body/access_token").asString();

        JsonNode response = notify(token, Map.of("action", "subscribe", "callbackurl", "http://localhost:1/x",
                "appli", "44"));

        assertThat(response.get("status").asInt()).isEqualTo(401);
        assertThat(response.get("error").asString()).contains("insufficient_scope");
    }

    @Test
    void aNewReadingPostsAFormEncodedNotificationAndShowsInGetmeas() {
        try (CallbackServer hook = new CallbackServer()) {
            String token = client.accessToken("alex");
            notify(token, Map.of("action", "subscribe", "callbackurl", hook.url(), "appli", "1"));
            long time = emulator.clock().now().getEpochSecond() - 60;

            var created = client.postJson("/_admin/readings",
                    "{\"userId\":\"10000001\",\"type\":1,\"value\":81.25,\"time\":" + time + "}");

            assertThat(created.statusCode()).isEqualTo(201);
            // Looked up by its own time: a weigh-in of alex's own history may be uploaded in the same minute.
            assertThat(CallbackServer.await(() -> hook.posts().stream()
                    .anyMatch(p -> p.body().contains("startdate=" + time + "&")), Duration.ofSeconds(10))).isTrue();
            CallbackServer.Call call = hook.posts().stream().filter(p -> p.body().contains("startdate=" + time + "&"))
                    .findFirst().orElseThrow();
            assertThat(call.contentType()).startsWith("application/x-www-form-urlencoded");
            assertThat(call.body()).contains("userid=10000001", "appli=1", "startdate=" + time,
                    "enddate=" + (time + 1));
            long grpid = client.json(created).get("grpid").asLong();
            JsonNode newest = StreamSupport.stream(client.call("/measure", token, Map.of("action", "getmeas",
                    "meastype", "1", "lastupdate", String.valueOf(time))).at("/body/measuregrps").spliterator(), false)
                    .filter(g -> g.get("grpid").asLong() == grpid).findFirst().orElseThrow();
            assertThat(newest.get("grpid").asLong()).isEqualTo(client.json(created).get("grpid").asLong());
            assertThat(newest.at("/measures/0/value").asLong()).isEqualTo(8125);
            assertThat(newest.at("/measures/0/unit").asInt()).isEqualTo(-2);
            assertThat(call.body()).as("the scale's device id, as getmeas names it")
                    .contains("&deviceid=" + newest.get("deviceid").asString());
            assertThat(CallbackServer.await(() -> emulator.deliveries().get(0).state().equals("DELIVERED"),
                    Duration.ofSeconds(5))).isTrue();
        }
    }

    @Test
    void retriesAFailingCallbackOnTheScaledSchedule() {
        try (CallbackServer hook = new CallbackServer().answeringPosts(500, 500, 503)) {
            String token = client.accessToken("alex");
            notify(token, Map.of("action", "subscribe", "callbackurl", hook.url(), "appli", "4"));

            emulator.addReading("10000001", 10, new BigDecimal("131"), emulator.clock().now().getEpochSecond());

            assertThat(CallbackServer.await(() -> !emulator.deliveries().isEmpty()
                    && emulator.deliveries().get(0).state().equals("DELIVERED"), Duration.ofSeconds(15))).isTrue();
            assertThat(emulator.deliveries().get(0).attemptStatuses()).containsExactly(500, 500, 503, 200);
            assertThat(hook.posts()).hasSize(4).allMatch(c -> c.body().contains("appli=4"));
        }
    }

    @Test
    void deletingAReadingRemovesItWithoutTraceAndNotifies() {
        try (CallbackServer hook = new CallbackServer()) {
            String token = client.accessToken("alex");
            notify(token, Map.of("action", "subscribe", "callbackurl", hook.url(), "appli", "1"));
            long grpid = emulator.readings("alex", 1, 1).get(emulator.weighInCount("alex") - 1).grpid();
            int before = emulator.weighInCount("alex");

            var deleted = client.send("DELETE", "/_admin/readings/" + grpid + "?userId=10000001");

            assertThat(deleted.statusCode()).isEqualTo(204);
            assertThat(emulator.weighInCount("alex")).isEqualTo(before - 1);
            assertThat(CallbackServer.await(() -> !hook.posts().isEmpty(), Duration.ofSeconds(10))).isTrue();
            assertThat(hook.posts().get(0).body()).contains("appli=1");
        }
    }

    @Test
    void dropsASubscriptionAfterFourNotificationsThatFailedForGood() {
        try (CallbackServer hook = new CallbackServer().answeringPosts(
                Collections.nCopies(40, 500).toArray(Integer[]::new))) {
            String token = client.accessToken("alex");
            notify(token, Map.of("action", "subscribe", "callbackurl", hook.url(), "appli", "1"));
            long now = emulator.clock().now().getEpochSecond();

            for (int i = 0; i < 4; i++) {
                emulator.addReading("10000001", 1, new BigDecimal("80.0"), now - i);
            }

            assertThat(CallbackServer.await(() -> emulator.deliveries().size() == 4 && emulator.deliveries().stream()
                    .allMatch(d -> d.state().equals("FAILED")), Duration.ofSeconds(20))).isTrue();
            assertThat(emulator.deliveries()).allSatisfy(d -> assertThat(d.attemptStatuses())
                    .hasSize(Notifier.MAX_ATTEMPTS).containsOnly(500));
            assertThat(notify(token, Map.of("action", "list")).at("/body/profiles").isEmpty()).isTrue();
        }
    }

    @Test
    void demoModeConsentPageOffersOnlyTheDemoUser() {
        Map<String, String> query = client.authorizeQuery("user.metrics");
        query.put("mode", "demo");

        String page = client.get(ConsentController.PATH + "?" + EmulatorTestClient.form(query)).body();

        assertThat(page).contains("Alex Martin", "Demo user").doesNotContain("Nina Berg");
    }

    @Test
    void anActivityNotificationCarriesTheLocalDate() {
        try (CallbackServer hook = new CallbackServer()) {
            String token = client.accessToken("alex");
            notify(token, Map.of("action", "subscribe", "callbackurl", hook.url(), "appli", "16"));

            var response = client.postJson("/_admin/notifications",
                    "{\"userId\":\"10000001\",\"appli\":16,\"startdate\":1700000000}");

            assertThat(response.statusCode()).isEqualTo(202);
            assertThat(CallbackServer.await(() -> !hook.posts().isEmpty(), Duration.ofSeconds(10))).isTrue();
            assertThat(hook.posts().get(0).body()).isEqualTo("userid=10000001&appli=16&date=2023-11-14");
        }
    }
}
