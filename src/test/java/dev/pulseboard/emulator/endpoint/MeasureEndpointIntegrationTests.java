package dev.pulseboard.emulator.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.emulator.EmulatorIntegrationSupport;
import dev.pulseboard.emulator.data.Device;

class MeasureEndpointIntegrationTests extends EmulatorIntegrationSupport {

    @Test
    void firstPageHoldsTwoHundredGroupsNewestFirstWithMoreAsAnInt() {
        String token = client.accessToken("alex");

        JsonNode response = client.call("/measure", token, Map.of("action", "getmeas", "meastype", "1",
                "category", "1"));

        assertThat(response.get("status").asInt()).isZero();
        JsonNode body = response.get("body");
        assertThat(body.get("timezone").asString()).isEqualTo("Europe/Paris");
        assertThat(body.get("updatetime").isIntegralNumber()).isTrue();
        assertThat(body.get("more").isInt()).isTrue();
        assertThat(body.get("more").asInt()).isEqualTo(1);
        assertThat(body.get("offset").asInt()).isEqualTo(200);
        JsonNode groups = body.get("measuregrps");
        assertThat(groups.size()).isEqualTo(200);
        assertThat(groups.get(0).get("date").asLong()).isGreaterThanOrEqualTo(groups.get(199).get("date").asLong());
        JsonNode group = groups.get(0);
        assertThat(group.get("modelid").asInt()).isEqualTo(Device.BODY_SCAN);
        assertThat(group.get("model").asString()).isEqualTo("Body Scan");
        assertThat(group.get("deviceid").asString()).matches("[0-9a-f]{40}");
        assertThat(group.get("comment").isNull()).isTrue();
        assertThat(group.get("measures").size()).isEqualTo(1);
        JsonNode weight = group.get("measures").get(0);
        assertThat(weight.get("type").asInt()).isEqualTo(1);
        BigDecimal kg = BigDecimal.valueOf(weight.get("value").asLong(), -weight.get("unit").asInt());
        assertThat(kg).isBetween(new BigDecimal("70"), new BigDecimal("100"));
    }

    @Test
    void aRepeatedPageIsTheSameBytesButFollowsEveryChangeOfTheData() {
        String token = client.accessToken("alex");
        Map<String, String> firstPage = Map.of("action", "getmeas", "meastype", "1", "category", "1");
        JsonNode before = client.call("/measure", token, firstPage).get("body");
        JsonNode again = client.call("/measure", token, firstPage).get("body");
        long time = emulator.clock().now().getEpochSecond() - 5;

        long grpid = emulator.addReading("10000001", 1, new BigDecimal("79.5"), time);
        JsonNode after = client.call("/measure", token, firstPage).get("body");
        emulator.deleteReading("10000001", grpid);
        JsonNode deleted = client.call("/measure", token, firstPage).get("body");

        assertThat(again.get("measuregrps")).isEqualTo(before.get("measuregrps"));
        assertThat(after.at("/measuregrps/0/grpid").asLong()).isEqualTo(grpid);
        assertThat(after.at("/measuregrps/1")).isEqualTo(before.at("/measuregrps/0"));
        assertThat(deleted.get("measuregrps")).isEqualTo(before.get("measuregrps"));
        assertThat(after.get("updatetime").asLong()).isGreaterThanOrEqualTo(before.get("updatetime").asLong());
    }

    @Test
    void pagingThroughEveryWeighInMatchesTheWeighInCount() {
        String token = client.accessToken("alex");
        Set<Long> grpids = new HashSet<>();
        Set<Integer> units = new HashSet<>();
        Map<Long, Integer> seen = new HashMap<>();
        int offset = 0;
        int more = 1;
        while (more == 1) {
            JsonNode body = client.call("/measure", token, Map.of("action", "getmeas", "meastype", "1",
                    "category", "1", "offset", String.valueOf(offset))).get("body");
            for (JsonNode g : body.get("measuregrps")) {
                grpids.add(g.get("grpid").asLong());
                seen.merge(g.get("grpid").asLong(), 1, Integer::sum);
                units.add(g.get("measures").get(0).get("unit").asInt());
            }
            more = body.path("more").asInt(0);
            offset = body.path("offset").asInt(0);
        }

        assertThat(grpids).hasSize(emulator.weighInCount("alex"));
        assertThat(grpids.size()).isBetween(1300, 1800);
        assertThat(units).contains(-2, -3, -4);
        assertThat(seen.values()).as("the same grpid twice (attrib 0 and 8)").contains(2);
    }

    @Test
    void samGetsMoreAsABoolIntDeviceIdsAndAProbabilityOnSomeAmbiguousGroups() {
        String token = client.accessToken("sam");
        Set<Long> weighIns = new HashSet<>();
        List<JsonNode> groups = new ArrayList<>();
        List<JsonNode> mores = new ArrayList<>();
        int offset = 0;
        boolean more = true;
        while (more) {
            JsonNode body = client.call("/measure", token, Map.of("action", "getmeas", "offset",
                    String.valueOf(offset))).get("body");
            body.get("measuregrps").forEach(groups::add);
            mores.add(body.get("more"));
            more = body.get("more").asBoolean();
            offset = body.get("offset").asInt();
        }
        groups.stream().filter(g -> g.get("category").asInt() == 1 && hasType(g, 1))
                .forEach(g -> weighIns.add(g.get("grpid").asLong()));

        assertThat(mores).hasSizeGreaterThan(1).allSatisfy(m -> assertThat(m.isBoolean()).isTrue());
        assertThat(mores.get(0).asBoolean()).isTrue();
        assertThat(mores.get(mores.size() - 1).asBoolean()).isFalse();
        assertThat(weighIns).hasSize(emulator.weighInCount("sam"));
        assertThat(groups).allSatisfy(g -> assertThat(g.get("deviceid").isNull() || g.get("deviceid").isIntegralNumber())
                .as("sam's deviceid: an int, or null for a manual entry").isTrue());
        assertThat(groups).anyMatch(g -> g.get("deviceid").isIntegralNumber());
        List<JsonNode> ambiguous = groups.stream().filter(g -> g.get("attrib").asInt() == 1).toList();
        assertThat(ambiguous).anyMatch(g -> !g.has("probability")).anyMatch(g -> g.has("probability"));
        ambiguous.stream().filter(g -> g.has("probability")).forEach(g ->
                assertThat(g.get("probability").asDouble()).isBetween(0.0, 1.0));
        assertThat(groups).filteredOn(g -> g.get("attrib").asInt() != 1)
                .allSatisfy(g -> assertThat(g.has("probability")).isFalse());
    }

    private static boolean hasType(JsonNode group, int type) {
        for (JsonNode m : group.get("measures")) {
            if (m.get("type").asInt() == type) {
                return true;
            }
        }
        return false;
    }

    @Test
    void lastupdateReturnsOnlyGroupsModifiedAfterIt() {
        String token = client.accessToken("alex");
        long since = emulator.clock().now().minusSeconds(10 * 86_400).getEpochSecond();

        JsonNode body = client.call("/measure", token, Map.of("action", "getmeas", "lastupdate",
                String.valueOf(since))).get("body");

        // Ten days of weigh-ins and of the home blood-pressure protocol (two readings mornings and evenings).
        assertThat(body.get("measuregrps").size()).isBetween(3, 60);
        body.get("measuregrps").forEach(g -> assertThat(g.get("modified").asLong()).isGreaterThan(since));
        assertThat(body.has("more")).as("all there is, asked for no page: no more/offset, as some real answers")
                .isFalse();
        assertThat(body.has("offset")).isFalse();
    }

    @Test
    void dateWindowAndCategoryFilterGoalGroups() {
        String token = client.accessToken("alex");

        JsonNode body = client.call("/measure", token, Map.of("action", "getmeas", "category", "2",
                "startdate", "0", "enddate", String.valueOf(emulator.clock().now().getEpochSecond()))).get("body");

        assertThat(body.get("measuregrps").size()).isGreaterThanOrEqualTo(2);
        body.get("measuregrps").forEach(g -> {
            assertThat(g.get("category").asInt()).isEqualTo(2);
            assertThat(g.get("deviceid").isNull()).isTrue();
        });
    }

    @Test
    void acceptsTheAccessTokenAsAQueryParameterWithGet() {
        String token = client.accessToken("alex");

        JsonNode response = client.json(client.get("/measure?action=getmeas&meastypes=1,6&access_token=" + token));

        assertThat(response.get("status").asInt()).isZero();
        response.at("/body/measuregrps").forEach(g -> g.get("measures")
                .forEach(m -> assertThat(m.get("type").asInt()).isIn(1, 6)));
    }

    @Test
    void answersAnInvalidTokenWith401InAnHttp200Envelope() {
        var response = client.get("/measure?action=getmeas&access_token=0123456789");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = client.json(response);
        assertThat(json.get("status").asInt()).isEqualTo(401);
        assertThat(json.get("body").isEmpty()).isTrue();
        assertThat(json.get("error").asString()).contains("invalid_token");
    }

    @Test
    void answersAnUnknownActionWith2554() {
        String token = client.accessToken("alex");

        assertThat(client.call("/measure", token, Map.of("action", "getmeasure")).get("status").asInt())
                .isEqualTo(2554);
    }

    @Test
    void answersATokenWithoutUserMetricsWithInsufficientScope() {
        String token = client.exchange(client.authorize("alex", "user.activity")).at("/body/access_token").asString();

        JsonNode response = client.call("/measure", token, Map.of("action", "getmeas"));

        assertThat(response.get("status").asInt()).isEqualTo(401);
        assertThat(response.get("error").asString()).contains("insufficient_scope");
    }

    @Test
    void answersAMalformedParameterWith503NotAServerError() {
        String token = client.accessToken("alex");

        var response = client.get("/measure?action=getmeas&startdate=yesterday&access_token=" + token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(client.json(response).get("status").asInt()).isEqualTo(503);
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void aNewAccountHasNoGroups() {
        String token = client.accessToken("nina");

        JsonNode body = client.call("/measure", token, Map.of("action", "getmeas")).get("body");

        assertThat(body.get("measuregrps").isEmpty()).isTrue();
        assertThat(body.has("more")).isFalse();
        assertThat(body.get("timezone").asString()).isEqualTo("Europe/Berlin");
    }

    @Test
    void theSharedScaleUserSeesAmbiguousReadingsAndManualEntriesWithoutDevice() {
        String token = client.accessToken("sam");
        List<JsonNode> groups = new ArrayList<>();
        int offset = 0;
        int more = 1;
        while (more == 1) {
            JsonNode body = client.call("/measure", token, Map.of("action", "getmeas", "category", "1",
                    "offset", String.valueOf(offset))).get("body");
            body.get("measuregrps").forEach(groups::add);
            more = body.path("more").asInt(0);
            offset = body.path("offset").asInt(0);
        }

        assertThat(groups).anySatisfy(g -> assertThat(g.get("attrib").asInt()).isEqualTo(1));
        JsonNode manual = groups.stream().filter(g -> g.get("attrib").asInt() == 2).findFirst().orElseThrow();
        assertThat(manual.get("deviceid").isNull()).isTrue();
        assertThat(manual.get("hash_deviceid").isNull()).isTrue();
        assertThat(manual.get("modelid").isNull()).isTrue();
        assertThat(groups).allSatisfy(g -> assertThat(g.has("modelid")).isTrue());
    }
}
