package dev.pulseboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.util.UriComponentsBuilder;

import dev.pulseboard.emulator.Emulator;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.Poll;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Pulseboard server killed (SIGKILL, no shutdown hook) in the middle of the full-kit backfill, then started
 * again on the same database: the backfill resumes from its checkpoints and ends with exactly what Withings
 * has, without a gap or a duplicate.
 *
 * <p>Pulseboard runs as a child JVM (so it can really be killed) against the standalone emulator in this JVM
 * (so the emulator, with the tokens it issued, outlives the kill). The budget is raised so the backfill takes
 * seconds, and db-scheduler's heartbeat shortened so the dead run is taken over within seconds, not minutes.
 */
class KilledServerIntegrationTests {

    private static final String CLIENT_ID = "killed-server-test";
    private static final String CLIENT_SECRET = "killed-server-secret";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The emulator's default page size. */
    private static final int PAGE_SIZE = 200;

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext emulatorContext;
    private Process server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.destroyForcibly();
        }
        if (emulatorContext != null) {
            emulatorContext.close();
        }
    }

    @Test
    void backfillKilledMidwayResumesWithoutGapOrDuplicate() throws Exception {
        int port = freePort();
        String callback = "http://localhost:" + port + "/withings/callback";
        emulatorContext = startEmulator(callback);
        int emulatorPort = Integer.parseInt(emulatorContext.getEnvironment().getProperty("local.server.port"));
        String emulatorBase = "http://localhost:" + emulatorPort;

        server = startServer(port, emulatorBase, "first");
        Api api = new Api(port);
        waitUntilUp(api, server);
        String token = Household.token(api);
        long id = Household.addMember(api, token, "Killed midway");
        assertThat(api.getUrl(NewcomerPathCases.authorize(api, token, id)).location()).endsWith("?connected");

        // Killed while daily activity, the fourth data type (about ten pages), is coming in.
        JsonNode beforeKill = Poll.until(Duration.ofSeconds(60), "the activity backfill to be under way", () -> {
            var s = api.get("/api/v1/members/" + id + "/sync", token).json();
            var activity = s.get("progress").get("dataTypes").get("activity");
            return activity != null && activity.get("pagesFetched").asInt() >= 3 ? s : null;
        });
        server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(beforeKill.get("lastSuccessAt").isNull()).as("killed before the backfill ended").isTrue();

        server = startServer(port, emulatorBase, "second");
        waitUntilUp(api, server);
        JsonNode done = Poll.until(Duration.ofSeconds(120), "the resumed backfill to succeed", () -> {
            var s = api.get("/api/v1/members/" + id + "/sync", token).json();
            return s.get("lastSuccessAt").isNull() ? null : s;
        });
        assertThat(done.get("state").asString()).isEqualTo("IDLE");
        int activityCalls = calls(emulatorBase, "/v2/measure getactivity");

        Emulator emulator = emulatorContext.getBean(Emulator.class);
        assertThat(times(api, token, id, "measurements?type=weight")).as("weigh-ins")
                .hasSize(emulator.readings("alex", 1, 1).size()).doesNotHaveDuplicates();
        assertThat(times(api, token, id, "measurements?type=systolic_bp")).as("blood pressure")
                .hasSize(emulator.readings("alex", 10, 1).size()).doesNotHaveDuplicates();

        String withingsToken = emulatorToken(emulatorBase, callback);
        assertThat(times(api, token, id, "sleep")).as("nights")
                .hasSize(countAll(emulatorBase, withingsToken, "/v2/sleep", "getsummary", "series"))
                .doesNotHaveDuplicates();
        int activityDays = countAll(emulatorBase, withingsToken, "/v2/measure", "getactivity", "activities");
        assertThat(times(api, token, id, "activity")).as("activity days").hasSize(activityDays)
                .doesNotHaveDuplicates();
        // Resumed where the last committed page left off: the days stored before the kill (as last read; one more
        // page may have committed before the kill landed) and those of the resumed run add up to the history.
        // A restart from scratch, or a checkpoint lost in the kill, would read days twice.
        int resumedDays = done.get("progress").get("dataTypes").get("activity").get("itemsStored").asInt();
        int daysBeforeKill = beforeKill.get("progress").get("dataTypes").get("activity").get("itemsStored").asInt();
        assertThat(daysBeforeKill + resumedDays).isBetween(activityDays - PAGE_SIZE, activityDays);
        int pages = (activityDays + PAGE_SIZE - 1) / PAGE_SIZE;
        assertThat(activityCalls).as("getactivity calls (the page in flight at the kill is asked again), %d pages",
                pages).isBetween(pages, pages + 1);
    }

    private static ConfigurableApplicationContext startEmulator(String callback) throws ClassNotFoundException {
        // The emulator's standalone application class is the emulator module's own; it is started as the jar does.
        var app = new SpringApplication(Class.forName("dev.pulseboard.emulator.EmulatorApplication"));
        return app.run("--pulseboard.mode=emulator", "--server.port=0", "--spring.main.banner-mode=off",
                "--pulseboard.emulator.clients[0].client-id=" + CLIENT_ID,
                "--pulseboard.emulator.clients[0].client-secret=" + CLIENT_SECRET,
                "--pulseboard.emulator.clients[0].redirect-uris[0]=" + callback,
                "--pulseboard.emulator.rate-limit-per-minute=100000");
    }

    private Process startServer(int port, String emulatorBase, String name) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx320m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), "dev.pulseboard.PulseboardApplication",
                "--server.port=" + port, "--pulseboard.data-dir=" + dataDir.resolve("data"),
                "--pulseboard.public-url=http://localhost:" + port,
                "--pulseboard.withings.client-id=" + CLIENT_ID, "--pulseboard.withings.client-secret=" + CLIENT_SECRET,
                "--pulseboard.withings.redirect-uri=http://localhost:" + port + "/withings/callback",
                "--pulseboard.withings.account-url=" + emulatorBase, "--pulseboard.withings.api-url=" + emulatorBase,
                "--pulseboard.withings.requests-per-minute=6000", "--db-scheduler.heartbeat-interval=1s",
                "--db-scheduler.missed-heartbeats-limit=4", "--spring.main.banner-mode=off"));
        File log = dataDir.resolve(name + ".log").toFile();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    private void waitUntilUp(Api api, Process process) {
        Poll.until(Duration.ofSeconds(90), "the server to start", () -> {
            if (!process.isAlive()) {
                throw new AssertionError("The server exited: " + tail());
            }
            try {
                return api.get("/actuator/health", null).status() == 200;
            } catch (RuntimeException notYet) {
                return false;
            }
        });
    }

    private String tail() {
        try (var files = Files.list(dataDir)) {
            StringBuilder out = new StringBuilder();
            for (Path log : files.filter(p -> p.toString().endsWith(".log")).toList()) {
                List<String> lines = Files.readAllLines(log);
                out.append(String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
            }
            return out.toString();
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    private static List<String> times(Api api, String token, long id, String path) {
        String query = path.contains("?") ? path + "&from=2000-01-01" : path + "?from=2000-01-01";
        var response = api.get("/api/v1/members/" + id + "/" + query, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        for (JsonNode item : response.json().get("items")) {
            keys.add(item.has("time") ? item.get("time").asString() : item.get("date").asString());
        }
        return keys;
    }

    /** A grant of this test's own for the persona, to count what the emulator serves. */
    private static String emulatorToken(String emulatorBase, String callback) throws Exception {
        Map<String, String> consent = new LinkedHashMap<>();
        consent.put("response_type", "code");
        consent.put("client_id", CLIENT_ID);
        consent.put("redirect_uri", callback);
        consent.put("state", "count");
        consent.put("scope", "user.info,user.metrics,user.activity");
        consent.put("persona", NewcomerPathCases.PERSONA);
        consent.put("decision", "allow");
        var redirect = new Api(0).postForm(emulatorBase + "/oauth2_user/authorize2", consent);
        assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
        String code = UriComponentsBuilder.fromUriString(redirect.location()).build().getQueryParams()
                .getFirst("code");
        Map<String, String> exchange = Map.of("action", "requesttoken", "grant_type", "authorization_code",
                "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET, "code", code, "redirect_uri", callback);
        var tokens = new Api(0).postForm(emulatorBase + "/v2/oauth2", exchange).json();
        return tokens.get("body").get("access_token").asString();
    }

    /** Every item of a paged v2 data call with {@code lastupdate=0}, counted. */
    private static int countAll(String base, String token, String path, String action, String field)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        int count = 0;
        int offset = 0;
        while (true) {
            var request = HttpRequest.newBuilder(URI.create(base + path + "?action=" + action
                    + "&lastupdate=0&offset=" + offset)).header("Authorization", "Bearer " + token).build();
            JsonNode body = JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body())
                    .get("body");
            count += body.get(field).size();
            if (!body.get("more").asBoolean()) {
                return count;
            }
            offset = body.get("offset").asInt();
        }
    }

    private static int calls(String emulatorBase, String pathAndAction) {
        var requests = new Api(0).getUrl(emulatorBase + "/_admin/stats").json().get("requests");
        return requests.has(pathAndAction) ? requests.get(pathAndAction).asInt() : 0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
