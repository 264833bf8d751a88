package dev.pulseboard.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import dev.pulseboard.PulseboardApplication;
import dev.pulseboard.account.Accounts;
import dev.pulseboard.account.UserSettings;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.TestEnvironment;

import tools.jackson.databind.JsonNode;

/**
 * An installation that has lived through every schema: an empty embedded database is migrated one fixture version
 * at a time ({@code src/test/resources/upgrade/V<n>.sql}, written with the schema of version n, applied right after
 * migration n), then the current server starts on it. Every reading, link and setting of the fixture is there.
 */
class UpgradeIntegrationTests {

    private static final String TOKEN = "pb_upgrade_fixture_token";

    @TempDir
    Path dir;

    @Test
    void currentServerServesEveryReadingLinkAndSettingOfADatabaseFilledThroughTheSchemaHistory() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("data").resolve("pulseboard");
        for (Resource fixture : fixtures()) {
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/vendor/h2")
                    .target(version(fixture)).load().migrate();
            try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
                ScriptUtils.executeSqlScript(connection, fixture);
            }
        }

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
            assertThat(values(api, alex, "workouts", "hrMax")).containsExactly("171");
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
        }
    }

    private static List<String> values(Api api, long member, String path, String field) {
        String query = path.contains("?") ? path + "&from=2000-01-01" : path + "?from=2000-01-01";
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
