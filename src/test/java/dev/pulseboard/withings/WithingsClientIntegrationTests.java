package dev.pulseboard.withings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.pulseboard.withings.measure.MeasureCategory;
import dev.pulseboard.withings.measure.MeasureGroup;
import dev.pulseboard.withings.measure.MeasurePage;
import dev.pulseboard.withings.measure.MeasureQuery;
import dev.pulseboard.withings.measure.MeasureType;
import dev.pulseboard.withings.oauth.AccessTokens;

class WithingsClientIntegrationTests extends ClientTestSupport {

    @Test
    void sendsGetmeasAsBearerFormPostAndParsesThePage() {
        withings.reply("/measure", "getmeas", "getmeas_page1.json");

        MeasurePage page = client.measures(tokens, MeasureQuery.between(Instant.ofEpochSecond(1000),
                Instant.ofEpochSecond(2000)).withMeasTypes(MeasureType.WEIGHT, MeasureType.FAT_RATIO)
                .withCategory(MeasureCategory.REAL), 0, Priority.INTERACTIVE);

        FakeWithings.Request sent = withings.onlyRequest();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/measure");
        assertThat(sent.authorization()).isEqualTo("Bearer token-1");
        assertThat(sent.contentType()).isEqualTo("application/x-www-form-urlencoded");
        assertThat(sent.form()).containsExactlyInAnyOrderEntriesOf(Map.of("action", "getmeas", "meastypes", "1,6",
                "category", "1", "startdate", "1000", "enddate", "2000"));
        assertThat(page.groups()).extracting(MeasureGroup::groupId).containsExactly(5001L, 5002L);
        assertThat(clients.acquired).containsExactly(Priority.INTERACTIVE);
    }

    @Test
    void sendsLastupdateAndOffset() {
        withings.reply("/measure", "getmeas", "getmeas_page2.json");

        client.measures(tokens, MeasureQuery.updatedSince(Instant.ofEpochSecond(1772000000))
                .withMeasTypes(MeasureType.WEIGHT), 2, Priority.BACKFILL);

        assertThat(withings.onlyRequest().form()).containsExactlyInAnyOrderEntriesOf(Map.of("action", "getmeas",
                "meastype", "1", "lastupdate", "1772000000", "offset", "2"));
    }

    @Test
    void followsPagingUntilMoreIsFalse() {
        withings.reply("/measure", "getmeas", "getmeas_page1.json").reply("/measure", "getmeas",
                "getmeas_page2.json");

        List<MeasureGroup> groups = client.allMeasures(tokens, MeasureQuery.updatedSince(Instant.EPOCH),
                Priority.BACKFILL);

        assertThat(groups).extracting(MeasureGroup::groupId).containsExactly(5001L, 5002L, 5003L);
        assertThat(withings.requests()).extracting(r -> r.form().get("offset")).containsExactly(null, "2");
        assertThat(withings.requests()).extracting(r -> r.form().get("lastupdate")).containsOnly("0");
    }

    @Test
    void failsWhenOffsetDoesNotAdvance() {
        withings.reply("/measure", "getmeas", "getmeas_offset_stuck.json");

        assertThatThrownBy(() -> client.allMeasures(tokens, MeasureQuery.updatedSince(Instant.EPOCH),
                Priority.BACKFILL)).isInstanceOf(WithingsProtocolException.class).hasMessageContaining("does not advance");
        assertThat(withings.requests()).hasSize(1);
    }

    @Test
    void refreshesOnceOn401() {
        withings.reply("/measure", "getmeas", "error_401.json").reply("/measure", "getmeas", "getmeas_page2.json");

        MeasurePage page = client.measures(tokens, MeasureQuery.updatedSince(Instant.EPOCH), 0,
                Priority.NOTIFICATION);

        assertThat(page.groups()).extracting(MeasureGroup::groupId).containsExactly(5003L);
        assertThat(tokens.rejected).containsExactly("token-1");
        assertThat(withings.requests()).extracting(FakeWithings.Request::authorization)
                .containsExactly("Bearer token-1", "Bearer token-2");
    }

    /**
     * The token is asked for once the budget lets the call go: one that runs out while the call waits (a busy
     * budget, or the bench's fast clock) is renewed before the call, which is made once, on the new token; it used to
     * be sent as it was, refused, and the call made twice.
     */
    @Test
    void asksForTheTokenOnceTheBudgetLetsTheCallGo() {
        withings.reply("/v2/user", "getgoals", "getgoals.json");
        var expiring = new AccessTokens() {
            volatile boolean runOut;

            @Override
            public String current() {
                return runOut ? "token-renewed" : "token-1";
            }

            @Override
            public String renewAfterRejection(String rejectedToken) {
                throw new AssertionError("no call refused: " + rejectedToken);
            }
        };
        clients.whileWaitingForTheBudget = () -> expiring.runOut = true;

        client.goals(expiring, Priority.BACKFILL);

        assertThat(withings.onlyRequest().authorization()).isEqualTo("Bearer token-renewed");
    }

    @Test
    void reportsReconnectNeededWhenTheRenewedTokenIsRejectedToo() {
        withings.reply("/measure", "getmeas", "error_401.json");

        assertThatThrownBy(() -> client.measures(tokens, MeasureQuery.updatedSince(Instant.EPOCH), 0,
                Priority.INTERACTIVE)).isInstanceOf(WithingsAuthenticationException.class)
                .hasMessageNotContaining("token-");
        assertThat(tokens.rejected).containsExactly("token-1");
        assertThat(withings.requests()).hasSize(2);
    }

    @Test
    void surfacesAFailedRefreshAsReconnectNeeded() {
        withings.reply("/measure", "getmeas", "error_401.json");
        AccessTokens dead = new AccessTokens() {
            @Override
            public String current() {
                return "token-1";
            }

            @Override
            public String renewAfterRejection(String rejectedToken) {
                throw new WithingsAuthenticationException("/v2/oauth2 requesttoken", 503, "refresh token rejected");
            }
        };

        assertThatThrownBy(() -> client.measures(dead, MeasureQuery.updatedSince(Instant.EPOCH), 0,
                Priority.INTERACTIVE)).isInstanceOf(WithingsAuthenticationException.class);
        assertThat(withings.requests()).hasSize(1);
    }

    @Test
    void reportsReconnectNeededWithoutCallingWhenThereIsNoToken() {
        AccessTokens none = new AccessTokens() {
            @Override
            public String current() {
                return null;
            }

            @Override
            public String renewAfterRejection(String rejectedToken) {
                throw new AssertionError("no renewal expected");
            }
        };

        assertThatThrownBy(() -> client.measures(none, MeasureQuery.updatedSince(Instant.EPOCH), 0,
                Priority.INTERACTIVE)).isInstanceOf(WithingsAuthenticationException.class);
        assertThat(withings.requests()).isEmpty();
    }

    @Test
    void retriesTransientFailuresWithBackoffThenSucceeds() {
        withings.replyRaw("/measure", "getmeas", 502, "bad gateway")
                .replyRaw("/measure", "getmeas", 200, "{not json")
                .reply("/measure", "getmeas", "error_522.json")
                .reply("/measure", "getmeas", "getmeas_page2.json");

        MeasurePage page = client.measures(tokens, MeasureQuery.updatedSince(Instant.EPOCH), 0, Priority.BACKFILL);

        assertThat(page.groups()).hasSize(1);
        assertThat(withings.requests()).hasSize(4);
        assertThat(clients.sleeps).hasSize(3);
        assertThat(clients.sleeps.get(0).toMillis()).isBetween(250L, 500L);
        assertThat(clients.sleeps.get(2).toMillis()).isBetween(1000L, 2000L);
    }

    @Test
    void givesUpAfterMaxRetries() {
        withings.replyRaw("/measure", "getmeas", 503, "");

        assertThatThrownBy(() -> client.measures(tokens, MeasureQuery.updatedSince(Instant.EPOCH), 0,
                Priority.BACKFILL)).isInstanceOf(WithingsTransientException.class).hasMessageContaining("HTTP 503");
        assertThat(withings.requests()).hasSize(1 + clients.properties.maxRetries());
    }

    /** A stopping server hands its run back rather than holding the stop up for retries (and their back-off). */
    @Test
    void retriesNothingOnceTheServerStops() {
        withings.replyRaw("/measure", "getmeas", 502, "bad gateway").reply("/measure", "getmeas", "getmeas_page2.json");
        clients.transport.serverStopping();

        assertThatThrownBy(() -> client.measures(tokens, MeasureQuery.updatedSince(Instant.EPOCH), 0,
                Priority.BACKFILL)).isInstanceOf(WithingsTransientException.class).hasMessageContaining("HTTP 502");
        assertThat(withings.requests()).hasSize(1);
        assertThat(clients.sleeps).isEmpty();
    }

    @Test
    void pausesTheBudgetAndRetriesOn601() {
        withings.reply("/measure", "getmeas", "error_601.json").reply("/measure", "getmeas", "getmeas_page2.json");

        MeasurePage page = client.measures(tokens, MeasureQuery.updatedSince(Instant.EPOCH), 0, Priority.BACKFILL);

        assertThat(page.groups()).hasSize(1);
        assertThat(clients.budgetEvents).containsExactly("rateLimited");
        assertThat(clients.acquired).hasSize(2);
    }

    @Test
    void countsCallsByEndpointAndOutcomeAndThe601s() {
        withings.reply("/measure", "getmeas", "error_601.json").reply("/measure", "getmeas", "getmeas_page2.json");

        client.measures(tokens, MeasureQuery.updatedSince(Instant.EPOCH), 0, Priority.BACKFILL);

        var calls = clients.meters.find("pulseboard.withings.calls").tag("endpoint", "/measure getmeas");
        assertThat(calls.tag("outcome", "rate_limited").counter().count()).isEqualTo(1.0);
        assertThat(clients.meters.find("pulseboard.withings.calls").tag("outcome", "ok").counter().count())
                .isEqualTo(1.0);
        assertThat(clients.meters.get("pulseboard.withings.status601").counter().count()).isEqualTo(1.0);
        assertThat(clients.meters.get("pulseboard.withings.budget.tokens").gauge().value()).isEqualTo(120.0);
    }

    @Test
    void neverRetriesOrAcceptsInvalidParamsOrUnknownAction() {
        withings.reply("/measure", "getmeas", "error_503.json");

        assertThatThrownBy(() -> client.measures(tokens, MeasureQuery.updatedSince(Instant.EPOCH), 0,
                Priority.BACKFILL)).isInstanceOf(WithingsInvalidParamsException.class)
                .extracting(e -> ((WithingsException) e).status()).isEqualTo(503);
        assertThat(withings.requests()).hasSize(1);
        assertThat(clients.sleeps).isEmpty();
    }
}
