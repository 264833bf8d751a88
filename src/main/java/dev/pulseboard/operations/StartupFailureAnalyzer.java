package dev.pulseboard.operations;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

import dev.pulseboard.core.InvalidSettingException;

/**
 * Turns a start that failed on a setting into one line, not a stack trace: an {@link InvalidSettingException}
 * anywhere in the causes, or a database that cannot be reached (an SQL state of class 08, "connection exception",
 * or a refused or unknown host), which names {@code spring.datasource.url}; a user name or password the database
 * refuses (class 28), that may not create the tables (42501) or a database that does not exist (3D000); a URL
 * without {@code jdbc:}; or an H2 file that another process holds open (H2's error 90020), which is most often a
 * second Pulseboard on the same data directory.
 */
public class StartupFailureAnalyzer implements FailureAnalyzer {

    static final String DATABASE_URL = "spring.datasource.url (SPRING_DATASOURCE_URL)";
    static final String DATABASE_LOGIN = "spring.datasource.username and .password (SPRING_DATASOURCE_USERNAME, "
            + "SPRING_DATASOURCE_PASSWORD)";
    public static final String DATA_DIR = "pulseboard.data-dir (PULSEBOARD_DATA_DIR)";
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    /** PostgreSQL's "permission denied" (a schema the user may not create in, say). */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidSettingException invalid) {
                return new FailureAnalysis(invalid.getMessage(), "Correct " + invalid.setting()
                        + " and start again (README: Settings, Run it for real).", invalid);
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NewerSchemaRefusal.NewerSchema newer) {
                // No setting is wrong: the database (the H2 file of the data directory, or spring.datasource.url's)
                // is newer than this jar.
                return new FailureAnalysis("A newer Pulseboard has migrated this database (its schema has version "
                        + newer.version() + "; this one knows schema versions up to " + newer.known() + ")", "Start "
                        + "the newer version; to go back to this one, restore the backup made before the upgrade "
                        + "(README: Upgrading).", cause);
            }
            if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return new FailureAnalysis(DATA_DIR + ": the database file is in use by another process (is "
                        + "Pulseboard already running on this data directory?)", "Stop the other server, or give "
                        + "this one a data directory of its own; several instances share a PostgreSQL database "
                        + "instead (README: Run it for real).", sql);
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("28")) {
                return new FailureAnalysis(DATABASE_LOGIN + ": the database refused them (" + oneLine(sql) + ")",
                        "Give the user name and password the database has for Pulseboard.", sql);
            }
            if (cause instanceof SQLException sql && INSUFFICIENT_PRIVILEGE.equals(sql.getSQLState())) {
                return new FailureAnalysis(DATABASE_LOGIN + ": this user may not create Pulseboard's tables ("
                        + oneLine(sql) + ")", "Make the user the database's owner: since PostgreSQL 15 'grant all "
                        + "on database' no longer lets it create tables in schema public ('create database pulseboard "
                        + "owner pulseboard', or 'alter database pulseboard owner to pulseboard').", sql);
            }
            if (cause instanceof IllegalArgumentException bad && bad.getMessage() != null
                    && bad.getMessage().contains("must start with \"jdbc\"")) {
                return new FailureAnalysis(DATABASE_URL + ": not a JDBC URL (" + oneLine(bad) + ")",
                        "Write it as jdbc:postgresql://host:5432/database (psql's postgresql://... with 'jdbc:' "
                                + "before it).", bad);
            }
            if (cause instanceof SQLException sql && "3D000".equals(sql.getSQLState())) {
                return new FailureAnalysis(DATABASE_URL + ": there is no such database (" + oneLine(sql) + ")",
                        "Create it (Pulseboard makes its tables, not the database) or correct the URL.", sql);
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return new FailureAnalysis(DATABASE_URL + ": the database cannot be reached (" + oneLine(sql) + ")",
                        "Check that the database runs and that " + DATABASE_URL + ", its user name and password "
                                + "are right.", sql);
            }
        }
        return null;
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
