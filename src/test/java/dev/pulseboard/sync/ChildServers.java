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
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.util.UriComponentsBuilder;

import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.Poll;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pulseboard servers as child JVMs (so they can really be killed) against the standalone emulator in this JVM (so
 * the emulator, with the tokens it issued, outlives a kill); and the counts that check what a server stored
 * against what the emulator serves. Each server logs into {@code <name>.log} of {@link #dir()}. A JUnit extension:
 * {@code @RegisterExtension final ChildServers servers = new ChildServers();} kills what it started after each test.
 */
public final class ChildServers implements BeforeEachCallback, AfterEachCallback {

    static final String CLIENT_ID = "child-server-test";
    static final String CLIENT_SECRET = "child-server-secret";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Process> started = new ArrayList<>();
    private Path logDir;
    private ConfigurableApplicationContext emulatorContext;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        logDir = Files.createTempDirectory("pulseboard-servers");
    }

    /** The test's own directory: the servers' logs, and room for their data directories. */
    public Path dir() {
        return logDir;
    }

    /** The emulator, with this test's partner app allowed to call back to each of the given ports. */
    public String startEmulator(int... ports) throws ClassNotFoundException {
        // The emulator's standalone application class is the emulator module's own; it is started as the jar does.
        var app = new SpringApplication(Class.forName("dev.pulseboard.emulator.EmulatorApplication"));
        List<String> args = new ArrayList<>(List.of("--pulseboard.mode=emulator", "--server.port=0",
                "--spring.main.banner-mode=off", "--pulseboard.emulator.clients[0].client-id=" + CLIENT_ID,
                "--pulseboard.emulator.clients[0].client-secret=" + CLIENT_SECRET,
                "--pulseboard.emulator.rate-limit-per-minute=100000"));
        for (int i = 0; i < ports.length; i++) {
            args.add("--pulseboard.emulator.clients[0].redirect-uris[" + i + "]=" + callback(ports[i]));
        }
        emulatorContext = app.run(args.toArray(String[]::new));
        return "http://localhost:" + emulatorContext.getEnvironment().getProperty("local.server.port");
    }

    public <T> T emulatorBean(Class<T> type) {
        return emulatorContext.getBean(type);
    }

    /** A server on the port, its Withings client pointed at the emulator, a fast budget and a short heartbeat. */
    public Process start(int port, String emulatorBase, String name, List<String> extraArgs) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // C1 only: a child lives a minute, and on two cores C2's compiler threads would compete with it, the test's
        // own JVM and the emulator for the whole of it. The classes are this build's own, verified by the test's JVM
        // already: not verifying them again takes about a tenth off each start (7.5 s to 6.8 s, measured by hand).
        List<String> command = new ArrayList<>(List.of(java, "-Xms64m", "-Xmx320m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-XX:+UnlockDiagnosticVMOptions", "-XX:-BytecodeVerificationRemote", "-cp",
                System.getProperty("java.class.path"), "dev.pulseboard.PulseboardApplication",
                "--server.port=" + port, "--pulseboard.public-url=http://localhost:" + port,
                "--pulseboard.withings.client-id=" + CLIENT_ID, "--pulseboard.withings.client-secret=" + CLIENT_SECRET,
                "--pulseboard.withings.redirect-uri=" + callback(port),
                "--pulseboard.withings.account-url=" + emulatorBase, "--pulseboard.withings.api-url=" + emulatorBase,
                "--pulseboard.withings.requests-per-minute=6000", "--db-scheduler.heartbeat-interval=1s",
                "--db-scheduler.missed-heartbeats-limit=4", "--spring.main.banner-mode=off"));
        command.addAll(extraArgs);
        File log = logDir.resolve(name + ".log").toFile();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        started.add(process);
        return process;
    }

    /**
     * A server on the data directory with the emulator beside it, and a member of a new household linked to the
     * full-kit persona: its backfill has started.
     */
    public Backfill startBackfill(String name, Path data, String member) throws Exception {
        int port = freePort();
        String emulatorBase = startEmulator(port);
        Process server = start(port, emulatorBase, name, List.of("--pulseboard.data-dir=" + data));
        Api api = new Api(port);
        waitUntilUp(api, server);
        String token = Household.token(api);
        long id = Household.addMember(api, token, member);
        assertThat(api.getUrl(NewcomerPathCases.authorize(api, token, id)).location()).endsWith("?connected");
        return new Backfill(port, emulatorBase, data, api, token, id, server);
    }

    /** A server started by {@link #startBackfill}, its API, the household's token and the member's id. */
    public record Backfill(int port, String emulatorBase, Path data, Api api, String token, long id,
            Process server) {
    }

    public void waitUntilUp(Api api, Process process) {
        Poll.until(Duration.ofSeconds(120), "the server to start", () -> {
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

    /** The last lines of every server's log, for a failure message. */
    public String tail() {
        try (var files = Files.list(logDir)) {
            StringBuilder out = new StringBuilder();
            for (Path log : files.filter(p -> p.toString().endsWith(".log")).toList()) {
                List<String> lines = Files.readAllLines(log);
                out.append(log.getFileName()).append(":\n")
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
            }
            return out.toString();
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        for (Process process : started) {
            process.destroyForcibly();
            process.onExit().join();
        }
        started.clear();
        if (emulatorContext != null) {
            emulatorContext.close();
            emulatorContext = null;
        }
        FileSystemUtils.deleteRecursively(logDir);
    }

    public static String callback(int port) {
        return "http://localhost:" + port + "/withings/callback";
    }

    /** Waits until daily activity, the fourth data type (about ten pages), is coming in: the moment to act. */
    public static JsonNode awaitActivityUnderWay(Api api, String token, long id) {
        return Poll.until(Duration.ofSeconds(60), "the activity backfill to be under way", () -> {
            var s = api.get("/api/v1/members/" + id + "/sync", token).json();
            var activity = s.get("progress").get("dataTypes").get("activity");
            return activity != null && activity.get("pagesFetched").asInt() >= 3 ? s : null;
        });
    }

    /** Waits until the member's sync has succeeded (and the member is idle): the sync status. */
    public static JsonNode awaitSuccess(Api api, String token, long id) {
        JsonNode done = Poll.until(Duration.ofSeconds(120), "the backfill to succeed", () -> {
            var s = api.get("/api/v1/members/" + id + "/sync", token).json();
            return s.get("lastSuccessAt").isNull() ? null : s;
        });
        assertThat(done.get("state").asString()).isEqualTo("IDLE");
        return done;
    }

    /**
     * {@link #times} once the member's items at {@code path} are as many as {@code served} (what the emulator serves),
     * waiting up to 30 s, else as they are (the caller's assertion then says by how much): a child server's emulator
     * uploads the persona's readings at their own times of day and notifies them, and one uploaded just before the
     * check is stored seconds later.
     */
    public static List<String> timesOnceAllStored(Api api, String token, long id, String path, IntSupplier served) {
        try {
            return Poll.until(Duration.ofSeconds(30), path + " as many as the emulator serves", () -> {
                List<String> stored = times(api, token, id, path);
                return stored.size() == served.getAsInt() ? stored : null;
            });
        } catch (AssertionError notYet) {
            return times(api, token, id, path);
        }
    }

    /** The times (or dates) of a member's series through the API, from 2000 on. */
    public static List<String> times(Api api, String token, long id, String path) {
        String query = path.contains("?") ? path + "&from=2000-01-01" : path + "?from=2000-01-01";
        var response = api.get("/api/v1/members/" + id + "/" + query, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        for (JsonNode item : response.json().get("items")) {
            keys.add(item.has("time") ? item.get("time").asString() : item.get("date").asString());
        }
        return keys;
    }

    /** A grant of the test's own for the persona, to count what the emulator serves. */
    public static String emulatorToken(String emulatorBase, String callback) {
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
    public static int countAll(String base, String token, String path, String action, String field)
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

    /**
     * A data type's checkpoint row as the database holds it: the items and pages the run stored so far, and whether
     * the data type is finished. Read after a kill, it is what a restarted run resumes from; a read of the server
     * just before the kill is not (H2 shows a commit to other connections a moment before it has written it, and a
     * kill in that moment loses it, though the committing run never heard it succeed).
     */
    public record StoredCheckpoint(long itemsStored, int pagesFetched, int resumeOffset, boolean finished) {
    }

    public static StoredCheckpoint storedCheckpoint(String url, String user, String password, long member,
            String dataType) throws SQLException {
        try (var connection = DriverManager.getConnection(url, user, password);
                var query = connection.prepareStatement("select items_stored, pages_fetched, resume_offset, finished "
                        + "from sync_cursor where member_id = ? and data_type = ?")) {
            query.setLong(1, member);
            query.setString(2, dataType);
            try (var rows = query.executeQuery()) {
                assertThat(rows.next()).as("a checkpoint of %s for member %d", dataType, member).isTrue();
                return new StoredCheckpoint(rows.getLong(1), rows.getInt(2), rows.getInt(3), rows.getBoolean(4));
            }
        }
    }

    /** How often the emulator answered a path and action ({@code "/v2/measure getactivity"}). */
    public static int calls(String emulatorBase, String pathAndAction) {
        var requests = new Api(0).getUrl(emulatorBase + "/_admin/stats").json().get("requests");
        return requests.has(pathAndAction) ? requests.get(pathAndAction).asInt() : 0;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
