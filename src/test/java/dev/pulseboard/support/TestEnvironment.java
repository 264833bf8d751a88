package dev.pulseboard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Test contexts: each gets a free port (demo mode builds its emulator URLs from it), its own data directory,
 * a fixed test-only encryption key, and a fresh database: an in-memory H2, or a new database on one embedded
 * PostgreSQL server shared by the whole test run.
 */
public abstract class TestEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Base64 of 32 ASCII bytes ("test-only-key-not-a-secret-12345"): for tests only, never a real key. */
    public static final String TEST_KEY = "dGVzdC1vbmx5LWtleS1ub3QtYS1zZWNyZXQtMTIzNDU=";
    /** A "previous" key that still decrypts, for the key-rotation tests. Test-only too. */
    public static final String PREVIOUS_TEST_KEY = "b2xkLXRlc3Qta2V5LW5vdC1hLXNlY3JldC0xMjM0NTY=";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("server.port", freePort());
        Path dataDir = tempDir();
        props.put("pulseboard.data-dir", dataDir.toString());
        props.put("pulseboard.encryption-key", TEST_KEY);
        props.put("pulseboard.encryption-previous-keys", PREVIOUS_TEST_KEY);
        props.put("db-scheduler.polling-interval", "200ms");
        // End-to-end tests sync whole personas many times; the budget's own tests run it at Withings' 120/min.
        props.put("pulseboard.withings.requests-per-minute", "6000");
        props.put("pulseboard.emulator.rate-limit-per-minute", "6000");
        // The emulator's personas upload (and notify) only when a test moves its clock, not as real time passes.
        props.put("pulseboard.emulator.live-upload-interval", "0");
        props.put("pulseboard.sync.subscribe-retry-pause", "200ms");
        // A storm of notifications is still spaced, by seconds a test can wait for.
        props.put("pulseboard.sync.nothing-new-pause", "2s");
        props.putAll(database("pb" + DATABASES.incrementAndGet(), dataDir));
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("pulseboardTest", props));
        context.getBeanFactory().addBeanPostProcessor(new QuickPasswordHashing());
    }

    abstract Map<String, Object> database(String name, Path dataDir);

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("pulseboard-test");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An in-memory H2 database per context. */
    public static final class H2 extends TestEnvironment {
        @Override
        Map<String, Object> database(String name, Path dataDir) {
            return Map.of("spring.datasource.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
                    "spring.datasource.username", "sa", "spring.datasource.password", "");
        }
    }

    /** A fresh database on the embedded PostgreSQL server. */
    public static final class Postgres extends TestEnvironment {
        @Override
        Map<String, Object> database(String name, Path dataDir) {
            return EmbeddedPostgresServer.newDatabase(name);
        }
    }

    /** The production default: an H2 file database inside the data directory. */
    public static final class H2File extends TestEnvironment {
        @Override
        Map<String, Object> database(String name, Path dataDir) {
            return Map.of("spring.datasource.url", "jdbc:h2:file:" + dataDir.resolve("pulseboard"),
                    "spring.datasource.username", "sa", "spring.datasource.password", "");
        }
    }

    /** A new database on the embedded PostgreSQL server: its {@code spring.datasource.*} settings. */
    public static Map<String, Object> newPostgresDatabase() {
        return EmbeddedPostgresServer.newDatabase("pb" + DATABASES.incrementAndGet());
    }

    /** One embedded PostgreSQL server per test JVM, stopped when the JVM exits. */
    static final class EmbeddedPostgresServer {
        private static EmbeddedPostgres server;

        static synchronized Map<String, Object> newDatabase(String name) {
            try {
                if (server == null) {
                    server = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                            .setServerConfig("synchronous_commit", "off").start();
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        try {
                            server.close();
                        } catch (IOException ignored) {
                            // the JVM is exiting
                        }
                    }));
                }
                DataSource admin = server.getPostgresDatabase();
                try (var connection = admin.getConnection(); var statement = connection.createStatement()) {
                    statement.execute("create database " + name);
                }
                return Map.of("spring.datasource.url", server.getJdbcUrl("postgres", name),
                        "spring.datasource.username", "postgres", "spring.datasource.password", "");
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("Embedded PostgreSQL did not start", e);
            }
        }
    }
}
