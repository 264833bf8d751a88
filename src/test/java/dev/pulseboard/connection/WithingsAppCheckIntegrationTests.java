package dev.pulseboard.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import dev.pulseboard.connection.audit.AuditLog;
import dev.pulseboard.core.InvalidSettingException;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.Poll;
import dev.pulseboard.support.PulseboardTest;
import dev.pulseboard.sync.NewcomerPathCases;
import dev.pulseboard.withings.WithingsProperties;

/**
 * Every token is written with the Withings app it was issued to, and an instance in demo mode refuses to start on a
 * database whose members are linked through another app (it would end their links at its first sync).
 */
@PulseboardTest
class WithingsAppCheckIntegrationTests {

    @Value("${server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConnectionRepository repository;

    @Autowired
    WithingsProperties withings;

    @Autowired
    AuditLog audit;

    @Autowired
    PlatformTransactionManager transactions;

    private WithingsAppCheck check(boolean demo) {
        return new WithingsAppCheck(repository, audit, transactions, Clock.systemUTC(), demo);
    }

    @Test
    void aDemoInstanceRefusesADatabaseLinkedThroughARealWithingsApp() {
        Api api = new Api(port);
        String token = Household.token(api);
        long member = NewcomerPathCases.connectedAlex(api, token, Household.named("Olive"));
        String written = Poll.until(Duration.ofSeconds(30), "the connection", () -> jdbc.sql(
                "select client_id from withings_connection where member_id = ?").param(member).query(String.class)
                .optional().orElse(null));
        assertThat(written).as("the demo's own app").isEqualTo(withings.clientId());
        assertThatCode(() -> check(true).afterPropertiesSet())
                .as("linked through this instance's app").doesNotThrowAnyException();

        long other = Household.addMember(api, token, Household.named("Real"));
        jdbc.sql("insert into withings_connection (member_id, household_id, withings_user_id, status, connected_at, "
                + "updated_at, client_id) values (?, (select household_id from member where id = ?), ?, 'CONNECTED', "
                + "?, ?, 'a1b2c3-real-app')").params(other, other, "real-" + other, Timestamp.from(Instant.now()),
                        Timestamp.from(Instant.now())).update();
        try {
            assertThatThrownBy(() -> check(true).afterPropertiesSet())
                    .isInstanceOf(InvalidSettingException.class)
                    .hasMessage("pulseboard.withings.client-id (WITHINGS_CLIENT_ID): not set (demo mode), but 1 "
                            + "member(s) of this database are linked to Withings through the app a1b2c3-real-app: "
                            + "this instance would end their links at its first sync. Set WITHINGS_CLIENT_ID and "
                            + "WITHINGS_CLIENT_SECRET as on the instances that linked them");
            assertThatCode(() -> check(false).afterPropertiesSet())
                    .as("an instance with a client id of its own").doesNotThrowAnyException();
        } finally {
            jdbc.sql("delete from withings_connection where member_id = ?").param(other).update();
        }
    }
}
