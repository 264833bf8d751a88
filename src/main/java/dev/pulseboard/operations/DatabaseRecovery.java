package dev.pulseboard.operations;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The end of a database outage, told: while {@link DatabaseOutageLog} is telling one, the database is asked for a
 * trivial answer every 10 s, and the first answer is logged once ("can be reached again", with how long it could
 * not be), so an operator reading the log sees how long it lasted.
 */
@Component
class DatabaseRecovery {

    private final DatabaseOutageLog outage;
    private final JdbcTemplate jdbc;

    DatabaseRecovery(DatabaseOutageLog outage, JdbcTemplate jdbc) {
        this.outage = outage;
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelay = 10_000, initialDelay = 10_000)
    void lookForTheEnd() {
        if (outage.outageSince().isEmpty()) {
            return;
        }
        try {
            jdbc.queryForObject("select 1", Integer.class);
            outage.ended();
        } catch (DataAccessException stillOut) {
            // Still out: DatabaseOutageLog says so once a minute.
        }
    }
}
