package dev.pulseboard.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * An older Pulseboard does not start on a schema a newer one migrated (Spring Boot's Flyway set-up ignores such
 * "future" migrations, with a warning only): a replica left on the old version, or a rollback by swapping the jar,
 * would run on a schema it does not know. Checked before Flyway validates or migrates, so the refusal is one line
 * ({@link StartupFailureAnalyzer}), not Flyway's own message, whose advice to "run repair" would let the old
 * version in.
 */
@Component
class NewerSchemaRefusal implements Callback {

    private static final Pattern VERSIONED = Pattern.compile("^V(\\d+(?:[._]\\d+)*)__");

    /** The newest version of this jar's migrations, read from the class path once a database has a history. */
    private BigDecimal newestKnown;

    /** The database's schema has a version this jar's migrations do not reach. */
    static final class NewerSchema extends RuntimeException {

        private final String version;
        private final String known;

        NewerSchema(String version, BigDecimal known) {
            super("The database's schema has version " + version + "; this Pulseboard knows versions up to "
                    + known.toPlainString());
            this.version = version;
            this.known = known.toPlainString();
        }

        String version() {
            return version;
        }

        /** The newest schema version this Pulseboard knows. */
        String known() {
            return known;
        }
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return false;
    }

    @Override
    public void handle(Event event, Context context) {
        String table = context.getConfiguration().getTable();
        try {
            if (!hasTable(context.getConnection(), table)) {
                return; // A new database: Flyway makes its history table next.
            }
        } catch (SQLException unknown) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement();
                // Quoted as Flyway made them (H2 would read unquoted names in capitals).
                ResultSet rows = statement.executeQuery("select \"version\" from \"" + table
                        + "\" where \"version\" is not null and \"success\" = true")) {
            if (newestKnown == null) {
                newestKnown = newestKnown();
            }
            Optional<String> newer = Optional.empty();
            BigDecimal highest = newestKnown;
            while (rows.next()) {
                String version = rows.getString(1);
                BigDecimal number = number(version);
                if (number != null && number.compareTo(highest) > 0) {
                    highest = number;
                    newer = Optional.of(version);
                }
            }
            if (newer.isPresent()) {
                throw new NewerSchema(newer.get(), newestKnown);
            }
        } catch (SQLException unreadable) {
            // A history Flyway itself will report on.
        }
    }

    /** Asked of the metadata, not by a query that fails (H2 writes a failed query into its trace file). */
    private static boolean hasTable(Connection connection, String table) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
                table, null)) {
            return tables.next();
        }
    }

    @Override
    public String getCallbackName() {
        return "newer-schema-refusal";
    }

    /** "60" or "1.2" as a number; null for a version that is not one. */
    private static BigDecimal number(String version) {
        String[] parts = version.split("[._]");
        try {
            return new BigDecimal(parts[0] + (parts.length > 1 ? "." + String.join("", Arrays.copyOfRange(parts, 1,
                    parts.length)) : ""));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static BigDecimal newestKnown() {
        try {
            Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:db/**/V*__*.sql");
            return Arrays.stream(scripts).map(Resource::getFilename).filter(Objects::nonNull)
                    .map(VERSIONED::matcher).filter(Matcher::find).map(m -> number(m.group(1)))
                    .filter(Objects::nonNull).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
