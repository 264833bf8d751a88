package dev.pulseboard.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.flywaydb.core.Flyway;
import org.h2.Driver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import dev.pulseboard.PulseboardApplication;
import dev.pulseboard.account.Accounts;
import dev.pulseboard.account.UserSettings;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.Poll;
import dev.pulseboard.support.TestEnvironment;

import tools.jackson.databind.JsonNode;

/**
 * An installation that has lived through every schema: an empty embedded database is migrated one fixture version
 * at a time ({@code src/test/resources/upgrade/V<n>.sql}, written with the schema of version n, applied right after
 * migration n), then the current server starts on it. Every reading, link and setting of the fixture is there,
 * and no table lost a row. A second test migrates the fixture to the latest schema and fails on any table without
 * fixture rows, so a new table's data is covered by the next upgrade too.
 */
class UpgradeIntegrationTests {

    private static final String TOKEN = "pb_upgrade_fixture_token";
    /** Flyway's own table: written by the migrations, not by the fixture. */
    private static final Set<String> NOT_FIXTURE = Set.of("flyway_schema_history");
    /**
     * Tables the server empties by design: processed webhook notifications are forgotten after 7 days, failed sign-ins
     * after a quiet day, instances not heard from for a day.
     */
    private static final Set<String> PRUNED = Set.of("notification_inbox", "sign_in_failure", "server_instance");

    @TempDir
    Path dir;

    @Test
    void everyTableOfTheLatestSchemaHasFixtureRows() throws Exception {
        String url = fixtureDatabase();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load().migrate();
        Map<String, Integer> rows = rowsPerTable(url);
        assertThat(rows).as("the fixture knows the schema's tables").containsKeys("measurement",
                "withings_connection", "scheduled_tasks", "spring_session");
        assertThat(rows).as("tables without fixture rows: add rows to src/test/resources/upgrade/V<n>.sql for the "
                + "migration that made the table").allSatisfy((table, n) -> assertThat(n).as(table).isPositive());
    }

    @Test
    void binaryColumnsKeepTheirBytesAndAreNoLongerBlobsOnH2() throws Exception {
        String url = fixtureDatabase();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/vendor/h2")
                .target("51").load().migrate();
        JdbcClient jdbc = JdbcClient.create(new SimpleDriverDataSource(new Driver(), url, "sa", ""));
        String bytesBefore = jdbc.sql("select string_agg(rawtohex(attribute_bytes), ',' order by attribute_name) "
                + "from spring_session_attributes").query(String.class).single();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load().migrate();
        // H2 keeps every blob a query returns reachable for minutes (BENCHMARKS, issue 18).
        assertThat(jdbc.sql("select lower(column_name), data_type from information_schema.columns "
                + "where lower(column_name) in ('attribute_bytes', 'task_data')").query().listOfRows())
                .extracting(row -> row.get("DATA_TYPE")).containsOnly("BINARY VARYING").hasSize(2);
        assertThat(jdbc.sql("select string_agg(rawtohex(attribute_bytes), ',' order by attribute_name) "
                + "from spring_session_attributes").query(String.class).single()).isEqualTo(bytesBefore).isNotBlank();
    }

    @Test
    void aBodyScanOwnersMeasuresAreReadAgainFromTheStartForTheNerveHealthTypes() throws Exception {
        String url = fixtureDatabase();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load().migrate();
        JdbcClient jdbc = JdbcClient.create(new SimpleDriverDataSource(new Driver(), url, "sa", ""));
        assertThat(jdbc.sql("select member_id, last_update from sync_cursor where data_type = 'measures' "
                + "order by member_id").query((rs, n) -> rs.getLong(1) + "=" + rs.getLong(2)).list())
                .as("Alex weighs on a Body+, Sam on a Body Scan").containsExactly("1=1736060700", "2=0");
    }

    @Test
    void currentServerServesEveryReadingLinkAndSettingOfADatabaseFilledThroughTheSchemaHistory() throws Exception {
        String url = fixtureDatabase();
        Map<String, Integer> fixtureRows = rowsPerTable(url);

        int port = freePort();
        try (ConfigurableApplicationContext server = SpringApplication.run(PulseboardApplication.class,
                "--server.port=" + port, "--pulseboard.data-dir=" + dir.resolve("data"), "--spring.datasource.url="
                        + url, "--pulseboard.encryption-key=" + TestEnvironment.TEST_KEY,
                "--spring.main.banner-mode=off", "--pulseboard.public-url=http://localhost:" + port,
                // A Withings that answers nothing: no call can change a link while the test looks at it.
                "--pulseboard.withings.client-id=upgrade-test", "--pulseboard.withings.client-secret=s",
                "--pulseboard.withings.api-url=http://localhost:" + freePort(),
                "--pulseboard.withings.account-url=http://localhost:" + freePort())) {
            Api api = new Api(port);

            JsonNode members = api.get("/api/v1/members", TOKEN).json();
            assertThat(members).hasSize(2);
            assertThat(members.get(0).get("name").asString()).isEqualTo("Alex");
            assertThat(members.get(0).get("withings").get("status").asString()).isEqualTo("CONNECTED");
            assertThat(members.get(0).get("withings").get("userId").asString()).isEqualTo("10000001");
            assertThat(members.get(1).get("withings").get("status").asString()).isEqualTo("NOT_CONNECTED");
            long alex = members.get(0).get("id").asLong();
            long sam = members.get(1).get("id").asLong();

            assertThat(values(api, alex, "measurements?type=weight", "value"))
                    .containsExactly("80.25", "79.9", "79.75");
            assertThat(values(api, alex, "measurements?type=fat_ratio", "value")).containsExactly("21.5");
            assertThat(values(api, alex, "measurements?type=systolic_bp", "value")).containsExactly("128");
            assertThat(values(api, alex, "measurements?type=diastolic_bp", "value")).containsExactly("82");
            assertThat(values(api, sam, "measurements?type=weight", "value")).containsExactly("61.0");
            assertThat(values(api, alex, "sleep", "score")).containsExactly("81");
            assertThat(values(api, alex, "activity", "steps")).containsExactly("10432");
            assertThat(values(api, alex, "workouts", "hrMax")).as("the 0 of a source without heart rate is null")
                    .containsExactly("171", "");
            assertThat(values(api, alex, "ecg", "heartRate")).containsExactly("64");
            assertThat(api.get("/api/v1/audit", TOKEN).json().get("items")).hasSize(1);
            assertThat(api.postBasic("/api/v1/tokens", Household.EMAIL, Household.PASSWORD, "{\"name\":\"after\"}")
                    .status()).as("the password still signs in").isEqualTo(201);

            UserSettings settings = server.getBean(Accounts.class).settings(1);
            assertThat(settings.mass()).isEqualTo(UserSettings.Mass.LB);
            assertThat(settings.temperature()).isEqualTo(UserSettings.Temperature.FAHRENHEIT);
            assertThat(settings.distance()).isEqualTo(UserSettings.Distance.MI);
            assertThat(settings.fixedZone()).hasToString("America/New_York");
            assertThat(server.getBean(JdbcClient.class).sql("select setting_value from app_setting where setting_name "
                    + "= 'webhook-secret'").query(String.class).single()).isEqualTo("fixture-webhook-secret-0123456789");

            JsonNode night = api.get("/api/v1/members/" + alex + "/sleep/2025-01-03/hypnogram", TOKEN).json().get(0);
            assertThat(night.get("segments")).hasSize(3);
            assertThat(texts(night.get("vitals").get("hr"), "value")).containsExactly("58", "55", "53");
            assertThat(values(api, alex, "intraday?date=2025-01-03&field=heart_rate", "value"))
                    .containsExactly("72", "75", "74");
            assertThat(api.get("/api/v1/members/" + alex + "/goals", TOKEN).json().get("steps").asInt())
                    .isEqualTo(9000);
            assertThat(texts(api.get("/api/v1/members/" + alex + "/grants", TOKEN).json(), "access"))
                    .containsExactly("VIEW");
            assertThat(api.get("/api/v1/members/" + alex + "/imports/0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", TOKEN)
                    .json().get("state").asString()).isEqualTo("DONE");
            JsonNode stopped = Poll.until(Duration.ofSeconds(30), "the import left running to fail", () -> {
                JsonNode s = api.get("/api/v1/members/" + alex + "/imports/7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
                        TOKEN).json();
                return "FAILED".equals(s.get("state").asString()) ? s : null;
            });
            assertThat(stopped.get("error").asString()).contains("The server stopped during the import");
            assertThat(stopped.get("files").get(0).get("imported").asInt()).isEqualTo(1);

            Map<String, Integer> upgraded = rowsPerTable(server.getBean(JdbcClient.class));
            upgraded.keySet().removeAll(PRUNED);
            assertThat(upgraded).as("every fixture row survived the upgrade and the start").allSatisfy(
                    (table, rows) -> assertThat(rows).as(table).isGreaterThanOrEqualTo(
                            fixtureRows.getOrDefault(table, 1)));
        }
    }

    /** An embedded database migrated one fixture version at a time, each fixture applied after its migration. */
    private String fixtureDatabase() throws IOException, SQLException {
        String url = "jdbc:h2:file:" + dir.resolve("data").resolve("pulseboard");
        for (Resource fixture : fixtures()) {
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/vendor/h2")
                    .target(version(fixture)).load().migrate();
            try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
                ScriptUtils.executeSqlScript(connection, fixture);
            }
        }
        return url;
    }

    private static List<String> texts(JsonNode node, String field) {
        return node.findValues(field).stream().map(JsonNode::asString).toList();
    }

    /** Rows per table of the schema (lower case), Flyway's history left out. */
    private static Map<String, Integer> rowsPerTable(JdbcClient jdbc) {
        Map<String, Integer> rows = new TreeMap<>();
        for (String table : jdbc.sql("select table_name from information_schema.tables where table_schema = "
                + "'PUBLIC' and table_type = 'BASE TABLE'").query(String.class).list()) {
            String name = table.toLowerCase(Locale.ROOT);
            if (!NOT_FIXTURE.contains(name)) {
                rows.put(name, jdbc.sql("select count(*) from " + name).query(Integer.class).single());
            }
        }
        return rows;
    }

    private static Map<String, Integer> rowsPerTable(String url) {
        return rowsPerTable(JdbcClient.create(new SimpleDriverDataSource(new Driver(), url, "sa", "")));
    }

    /** The field of every item at the path; lists by range are asked from 2000 (an intraday day takes no range). */
    private static List<String> values(Api api, long member, String path, String field) {
        String query = path.startsWith("intraday") ? path
                : path.contains("?") ? path + "&from=2000-01-01" : path + "?from=2000-01-01";
        var response = api.get("/api/v1/members/" + member + "/" + query, TOKEN);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        response.json().get("items").forEach(item -> out.add(item.get(field).asString()));
        return out;
    }

    private static List<Resource> fixtures() throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath:upgrade/V*.sql");
        return Arrays.stream(found).sorted(Comparator.comparingInt(r -> Integer.parseInt(version(r)))).toList();
    }

    private static String version(Resource fixture) {
        String name = fixture.getFilename();
        return name.substring(1, name.indexOf('.'));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
