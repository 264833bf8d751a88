package dev.pulseboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.util.UriComponentsBuilder;

import dev.pulseboard.emulator.Emulator;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.PulseboardTest;
import dev.pulseboard.withings.oauth.AccessTokens;
import dev.pulseboard.withings.DateQuery;
import dev.pulseboard.withings.measure.Measure;
import dev.pulseboard.withings.measure.MeasureCategory;
import dev.pulseboard.withings.measure.MeasureGroup;
import dev.pulseboard.withings.measure.MeasureQuery;
import dev.pulseboard.withings.measure.MeasureType;
import dev.pulseboard.withings.measure.Position;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.TimeWindow;
import dev.pulseboard.withings.oauth.TokenGrant;
import dev.pulseboard.withings.WithingsAuthenticationException;
import dev.pulseboard.withings.WithingsClient;
import dev.pulseboard.withings.oauth.WithingsOAuth;
import dev.pulseboard.withings.user.DeviceModel;

/**
 * Pulseboard's real Withings client against the built-in emulator over HTTP, on the cases the client's
 * fixtures describe, so that the two (which share no code) cannot drift apart.
 */
@PulseboardTest
class EmulatorContractTests {

    @Value("${server.port}")
    int port;

    @Autowired
    WithingsOAuth oauth;

    @Autowired
    WithingsClient client;

    @Autowired
    Emulator emulator;

    @Test
    void exchangesACodeAndRotatesTheRefreshToken() {
        TokenGrant grant = grant("alex");
        assertThat(grant.userId()).isEqualTo("10000001");
        assertThat(grant.accessToken()).matches("[0-9a-f]{40}");
        assertThat(grant.refreshToken()).matches("[0-9a-f]{40}");
        assertThat(grant.expiresInSeconds()).isEqualTo(10800);
        assertThat(grant.scope()).contains("user.metrics");

        TokenGrant refreshed = oauth.refresh(grant.refreshToken());
        assertThat(refreshed.refreshToken()).isNotEqualTo(grant.refreshToken());
        assertThat(oauth.refresh(grant.refreshToken()).accessToken()).as("the old one works until the new is used")
                .matches("[0-9a-f]{40}");
    }

    /** Sam's token answers carry the user id as a string, its getmeas answers {@code more} as a bool. */
    @Test
    void readsTheOtherDocumentedShapesOfUseridMoreAndDeviceid() {
        TokenGrant grant = grant("sam");
        assertThat(grant.userId()).isEqualTo("10000002");

        var groups = client.allMeasures(fixed(grant), MeasureQuery.updatedSince(Instant.EPOCH), Priority.INTERACTIVE);
        Set<Long> weighIns = groups.stream()
                .filter(g -> MeasureCategory.REAL.equals(g.category()))
                .filter(g -> g.measures().stream().anyMatch(m -> MeasureType.WEIGHT.equals(m.type())))
                .map(MeasureGroup::groupId).collect(Collectors.toSet());
        assertThat(weighIns).as("every page, with more as a bool").hasSize(emulator.weighInCount("sam"));
        assertThat(groups).filteredOn(g -> g.deviceId() != null).isNotEmpty()
                .allSatisfy(g -> assertThat(g.deviceId()).as("an int deviceid, read as its digits").matches("\\d+"));
    }

    @Test
    void refusesAReusedCode() {
        URI url = oauth.authorizeUrl("contract-state");
        String code = param(consent(url, "alex"), "code");
        oauth.exchangeCode(code);
        assertThatThrownBy(() -> oauth.exchangeCode(code)).isInstanceOf(WithingsAuthenticationException.class);
    }

    @Test
    void pagesThroughEveryMeasureGroupAndKeepsTheQuirks() {
        AccessTokens tokens = fixed(grant("alex"));
        var groups = client.allMeasures(tokens, MeasureQuery.updatedSince(Instant.EPOCH), Priority.INTERACTIVE);
        Set<Long> weighIns = groups.stream()
                .filter(g -> MeasureCategory.REAL.equals(g.category()))
                .filter(g -> g.measures().stream().anyMatch(m -> MeasureType.WEIGHT.equals(m.type())))
                .map(MeasureGroup::groupId).collect(Collectors.toSet());
        assertThat(weighIns).hasSize(emulator.weighInCount("alex"));
        assertThat(groups).anyMatch(g -> MeasureCategory.GOAL.equals(g.category()));
        assertThat(MeasureGroup.distinct(groups).size()).as("attrib 0/8 twins collapse").isLessThan(groups.size());
        var exponents = groups.stream().flatMap(g -> g.measures().stream())
                .filter(m -> MeasureType.WEIGHT.equals(m.type())).map(m -> m.unitExponent())
                .collect(Collectors.toSet());
        assertThat(exponents).as("weight exponents vary per reading").hasSizeGreaterThan(1);
    }

    /** The same shapes as the fixtures getmeas_body_scan.json and getmeas_body_plus.json. */
    @Test
    void sendsBodyScanGroupsWithWholeBodyValuesAtPosition7RepeatsAndFiveSegments() {
        AccessTokens tokens = fixed(grant("alex"));
        var groups = client.allMeasures(tokens, MeasureQuery.updatedSince(Instant.EPOCH), Priority.INTERACTIVE);
        var weighIns = groups.stream().filter(g -> MeasureCategory.REAL.equals(g.category()))
                .filter(g -> g.measures().stream().anyMatch(m -> MeasureType.WEIGHT.equals(m.type()))).toList();
        var scans = weighIns.stream().filter(g -> "Body Scan".equals(g.model())).toList();
        assertThat(scans).hasSizeGreaterThan(300);
        var scan = scans.get(scans.size() - 1);
        assertThat(scan.modelId()).isEqualTo(10);
        assertThat(scan.measures().stream().filter(m -> Position.WHOLE_BODY.equals(m.position()))
                .map(m -> m.type().code())).containsExactlyInAnyOrder(5, 8, 8, 76, 76, 77, 88, 168, 169, 170, 226);
        assertThat(scan.measures().stream().filter(m -> m.position() == null).map(m -> m.type().code()))
                .contains(1, 6);
        for (MeasureType type : List.of(MeasureType.SEGMENT_FAT_FREE_MASS, MeasureType.SEGMENT_FAT_MASS,
                MeasureType.SEGMENT_MUSCLE_MASS)) {
            assertThat(scan.measures().stream().filter(m -> type.equals(m.type())).map(Measure::position))
                    .containsExactlyInAnyOrder(Position.RIGHT_ARM, Position.LEFT_ARM, Position.LEFT_LEG,
                            Position.RIGHT_LEG, Position.TORSO)
                    .allSatisfy(p -> assertThat(p.isBodyPart()).isTrue());
        }
        var repeated = scan.measures().stream().filter(m -> MeasureType.FAT_MASS_WEIGHT.equals(m.type())).toList();
        assertThat(repeated).hasSize(2);
        assertThat(repeated.get(0).value()).isEqualByComparingTo(repeated.get(1).value());

        var bodyPlus = weighIns.stream().filter(g -> "Body+".equals(g.model())).findFirst().orElseThrow();
        assertThat(bodyPlus.measures()).extracting(Measure::position).containsOnlyNulls();
        assertThat(bodyPlus.measures()).extracting(m -> m.type().code()).contains(1, 5, 6, 8, 76, 77, 88);
    }

    @Test
    void decodesActivitySleepHeartAndDevices() {
        AccessTokens tokens = fixed(grant("alex"));
        var activity = client.allActivity(tokens, DateQuery.updatedSince(Instant.EPOCH), Priority.INTERACTIVE);
        assertThat(activity).hasSizeGreaterThan(300).allSatisfy(a -> assertThat(a.date()).isNotNull());

        var nights = client.allSleepSummaries(tokens, DateQuery.updatedSince(Instant.EPOCH), Priority.INTERACTIVE);
        assertThat(nights).hasSizeGreaterThan(300).allSatisfy(n -> {
            assertThat(n.data().sleepEfficiency()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            ZoneId zone = n.timezone();
            assertThat(n.date()).as("dated by the local day the night ended")
                    .isEqualTo(LocalDate.ofInstant(n.end(), zone));
        });

        assertThat(nights).allSatisfy(n -> {
            assertThat(n.data().withingsIndex()).isNotNull();
            assertThat(n.data().breathingQualityAssessment()).isNotNull();
            assertThat(n.data().rmssdStartAvg()).isNotNull();
            assertThat(n.data().chestMovementRateAverage()).isNotNull();
        });

        var last = nights.stream().max(Comparator.comparing(n -> n.end())).orElseThrow();
        var segments = client.sleep(tokens, TimeWindow.of(last.start(), last.end()), Priority.INTERACTIVE);
        assertThat(segments).isNotEmpty();
        assertThat(segments.stream().anyMatch(s -> !s.series("hr").isEmpty())).isTrue();
        assertThat(segments).allSatisfy(s -> assertThat(s.series("hrv_quality")).isNotEmpty());
        assertThat(segments).allSatisfy(s -> {
            assertThat(s.model()).isEqualTo("Aura Sensor V2");
            assertThat(s.modelId()).isEqualTo(63);
        });

        Instant now = Instant.now();
        var ecgs = client.allEcgRecordings(tokens, TimeWindow.of(now.minus(Duration.ofDays(365)), now),
                Priority.INTERACTIVE);
        assertThat(ecgs).isNotEmpty();
        var signal = client.ecgSignal(tokens, ecgs.get(0).signalId(), Priority.INTERACTIVE);
        assertThat(signal.signal()).hasSizeGreaterThan(signal.samplingFrequency() * 10);

        var devices = client.devices(tokens, Priority.INTERACTIVE);
        assertThat(devices).hasSizeGreaterThanOrEqualTo(4);
        assertThat(devices).filteredOn(d -> "Sleep Monitor".equals(d.type())).singleElement().satisfies(d -> {
            assertThat(d.model()).isEmpty();
            assertThat(d.deviceModel()).isEqualTo(DeviceModel.SLEEP_ANALYZER);
        });
    }

    @Test
    void decodesAnAccountWithoutDataAndEmptyGoals() {
        AccessTokens tokens = fixed(grant("nina"));
        assertThat(client.allMeasures(tokens, MeasureQuery.updatedSince(Instant.EPOCH), Priority.INTERACTIVE))
                .isEmpty();
        assertThat(client.allSleepSummaries(tokens, DateQuery.updatedSince(Instant.EPOCH), Priority.INTERACTIVE))
                .isEmpty();
        var goals = client.goals(tokens, Priority.INTERACTIVE);
        assertThat(goals.steps()).isNull();
        assertThat(client.devices(tokens, Priority.INTERACTIVE)).isNotEmpty();
    }

    @Test
    void reportsARejectedTokenAsReconnectNeededAfterOneRenewal() {
        int[] renewals = { 0 };
        AccessTokens dead = new AccessTokens() {
            @Override
            public String current() {
                return "0000000000000000000000000000000000000000";
            }

            @Override
            public String renewAfterRejection(String rejectedToken) {
                renewals[0]++;
                return current();
            }
        };
        assertThatThrownBy(() -> client.measures(dead, MeasureQuery.updatedSince(Instant.EPOCH), 0,
                Priority.INTERACTIVE)).isInstanceOf(WithingsAuthenticationException.class)
                .hasMessageNotContaining("0000000000");
        assertThat(renewals[0]).isEqualTo(1);
    }

    private TokenGrant grant(String persona) {
        URI url = oauth.authorizeUrl("contract-" + persona);
        return oauth.exchangeCode(param(consent(url, persona), "code"));
    }

    private String consent(URI url, String persona) {
        var form = new LinkedHashMap<String, String>();
        UriComponentsBuilder.fromUri(url).build().getQueryParams()
                .forEach((k, v) -> form.put(k, URLDecoder.decode(v.get(0), StandardCharsets.UTF_8)));
        form.put("persona", persona);
        form.put("decision", "allow");
        var answer = new Api(port).postForm(url.getScheme() + "://" + url.getAuthority() + url.getPath(), form);
        assertThat(answer.status()).as(answer.body()).isEqualTo(302);
        return answer.location();
    }

    private static String param(String url, String name) {
        return UriComponentsBuilder.fromUriString(url).build().getQueryParams().getFirst(name);
    }

    private static AccessTokens fixed(TokenGrant grant) {
        return new AccessTokens() {
            @Override
            public String current() {
                return grant.accessToken();
            }

            @Override
            public String renewAfterRejection(String rejectedToken) {
                throw new WithingsAuthenticationException("test", 401, "no renewal in this test");
            }
        };
    }
}
