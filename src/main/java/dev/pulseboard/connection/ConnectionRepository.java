package dev.pulseboard.connection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.pulseboard.core.HouseholdId;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.core.Zones;
import dev.pulseboard.withings.WithingsProperties;

@Repository
class ConnectionRepository {

    private final JdbcClient jdbc;
    /** The Withings app this server's tokens are issued to, written with each of them. */
    private final String clientId;

    ConnectionRepository(JdbcClient jdbc, WithingsProperties withings) {
        this.jdbc = jdbc;
        this.clientId = withings.clientId();
    }

    Optional<StoredConnection> find(MemberId member) {
        return jdbc.sql("select * from withings_connection where member_id = ?").param(member.value())
                .query(ConnectionRepository::map).optional();
    }

    /** The connections of several members in one query (a page of cards); none for an empty list. */
    List<StoredConnection> findAll(Collection<MemberId> members) {
        if (members.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from withings_connection where member_id in (:members)")
                .param("members", members.stream().map(MemberId::value).toList())
                .query(ConnectionRepository::map).list();
    }

    /** Locks the row until the transaction ends: the single-flight refresh across instances. */
    Optional<StoredConnection> lock(MemberId member) {
        return jdbc.sql("select * from withings_connection where member_id = ? for update").param(member.value())
                .query(ConnectionRepository::map).optional();
    }

    Optional<MemberId> findMemberByWithingsUser(HouseholdId household, String withingsUserId) {
        return jdbc.sql("select member_id from withings_connection where household_id = ? and withings_user_id = ?")
                .params(household.value(), withingsUserId).query(Long.class).optional().map(MemberId::of);
    }

    List<MemberId> membersLinkedTo(String withingsUserId) {
        return jdbc.sql("select member_id from withings_connection where withings_user_id = ? order by member_id")
                .param(withingsUserId).query(Long.class).list().stream().map(MemberId::of).toList();
    }

    /** How many connected members have tokens of each Withings app other than this server's. */
    Map<String, Long> connectedThroughOtherApps() {
        Map<String, Long> apps = new TreeMap<>();
        jdbc.sql("select client_id, count(*) from withings_connection where status = ? and client_id is not null "
                + "and client_id <> ? group by client_id").params(ConnectionState.CONNECTED.name(), clientId)
                .query(rs -> {
                    apps.put(rs.getString(1), rs.getLong(2));
                });
        return apps;
    }

    /**
     * The connections still usable whose tokens demo mode's built-in emulator issued, on a server with a Withings app
     * of its own (none in demo mode).
     */
    List<StoredConnection> connectedThroughTheDemo() {
        if (inDemoMode()) {
            return List.of();
        }
        return jdbc.sql("select * from withings_connection where status = ? and client_id = ? order by member_id")
                .params(ConnectionState.CONNECTED.name(), WithingsProperties.DEMO_CLIENT_ID)
                .query(ConnectionRepository::map).list();
    }

    /**
     * How many members, linked or not, were last linked through demo mode's built-in emulator, on a server with a
     * Withings app of its own (none in demo mode, where every link is the emulator's).
     */
    int linkedThroughTheDemo() {
        if (inDemoMode()) {
            return 0;
        }
        return jdbc.sql("select count(*) from withings_connection where client_id = ?")
                .param(WithingsProperties.DEMO_CLIENT_ID).query(Integer.class).single();
    }

    /** Whether the member was last linked through demo mode's built-in emulator, on a server with a Withings app. */
    boolean linkedThroughTheDemo(MemberId member) {
        return !inDemoMode() && jdbc.sql(
                "select count(*) from withings_connection where member_id = ? and client_id = ?")
                .params(member.value(), WithingsProperties.DEMO_CLIENT_ID).query(Integer.class).single() > 0;
    }

    /** This server is demo mode's, whose Withings app is the built-in emulator's: every link is the emulator's. */
    private boolean inDemoMode() {
        return WithingsProperties.DEMO_CLIENT_ID.equals(clientId);
    }

    List<MemberId> connectedMembers() {
        return jdbc.sql("select member_id from withings_connection where status = ? order by member_id")
                .param(ConnectionState.CONNECTED.name()).query(Long.class).list().stream().map(MemberId::of).toList();
    }

    void upsert(StoredConnection c, Instant now) {
        int updated = jdbc.sql("update withings_connection set household_id = ?, withings_user_id = ?, status = ?, "
                + "scope = ?, access_token_enc = ?, refresh_token_enc = ?, expires_at = ?, connected_at = ?, "
                + "updated_at = ?, client_id = ? where member_id = ?")
                .params(c.householdId().value(), c.withingsUserId(), c.state().name(), c.scope(),
                        c.accessTokenEnc(), c.refreshTokenEnc(), ts(c.expiresAt()), ts(c.connectedAt()), ts(now),
                        clientId, c.memberId().value())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into withings_connection (member_id, household_id, withings_user_id, status, scope, "
                    + "access_token_enc, refresh_token_enc, expires_at, connected_at, updated_at, client_id) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(c.memberId().value(), c.householdId().value(), c.withingsUserId(), c.state().name(),
                            c.scope(), c.accessTokenEnc(), c.refreshTokenEnc(), ts(c.expiresAt()),
                            ts(c.connectedAt()), ts(now), clientId)
                    .update();
        }
    }

    void updateTokens(MemberId member, String accessEnc, String refreshEnc, Instant expiresAt, Instant now) {
        jdbc.sql("update withings_connection set access_token_enc = ?, refresh_token_enc = ?, expires_at = ?, "
                + "updated_at = ?, client_id = ?, client_rejected_at = null where member_id = ?")
                .params(accessEnc, refreshEnc, ts(expiresAt), ts(now), clientId, member.value()).update();
    }

    void updateTimeZone(MemberId member, String zone) {
        jdbc.sql("update withings_connection set time_zone = ? where member_id = ? "
                + "and (time_zone is null or time_zone <> ?)").params(zone, member.value(), zone).update();
    }

    /** Withings refused this server's client credentials at a renewal of the member's tokens (cleared by the next). */
    void markClientRejected(MemberId member, Instant now) {
        jdbc.sql("update withings_connection set client_rejected_at = ? where member_id = ?")
                .params(ts(now), member.value()).update();
    }

    /** How many connected members' last renewal Withings refused for the client credentials. */
    int refusedForClientCredentials() {
        return jdbc.sql("select count(*) from withings_connection where client_rejected_at is not null "
                + "and status = ?").param(ConnectionState.CONNECTED.name()).query(Integer.class).single();
    }

    void markReconnectRequired(MemberId member, Instant now) {
        jdbc.sql("update withings_connection set status = ?, updated_at = ? where member_id = ?")
                .params(ConnectionState.RECONNECT_REQUIRED.name(), ts(now), member.value()).update();
    }

    void delete(MemberId member) {
        jdbc.sql("delete from withings_connection where member_id = ?").param(member.value()).update();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static StoredConnection map(ResultSet rs, int row) throws SQLException {
        Timestamp expires = rs.getTimestamp("expires_at");
        return new StoredConnection(MemberId.of(rs.getLong("member_id")), HouseholdId.of(rs.getLong("household_id")),
                rs.getString("withings_user_id"), ConnectionState.valueOf(rs.getString("status")),
                rs.getString("scope"), rs.getString("access_token_enc"), rs.getString("refresh_token_enc"),
                expires == null ? null : expires.toInstant(), rs.getTimestamp("connected_at").toInstant(),
                rs.getString("time_zone"), rs.getString("client_id"));
    }

    /**
     * Whether the connection's tokens were issued to this server's Withings app: rows from before the app was written
     * with them (null) are taken as this app's.
     */
    boolean issuedToThisApp(StoredConnection c) {
        return c.clientId() == null || c.clientId().equals(clientId);
    }

    /**
     * A row of withings_connection; the tokens are ciphertexts, {@code clientId} the Withings app they were issued to
     * (null in rows from before it was written).
     */
    record StoredConnection(MemberId memberId, HouseholdId householdId, String withingsUserId, ConnectionState state,
            String scope, String accessTokenEnc, String refreshTokenEnc, Instant expiresAt, Instant connectedAt,
            String timeZone, String clientId) {

        StoredConnection(MemberId memberId, HouseholdId householdId, String withingsUserId, ConnectionState state,
                String scope, String accessTokenEnc, String refreshTokenEnc, Instant expiresAt, Instant connectedAt) {
            this(memberId, householdId, withingsUserId, state, scope, accessTokenEnc, refreshTokenEnc, expiresAt,
                    connectedAt, null, null);
        }

        ConnectionStatus status() {
            return new ConnectionStatus(state, withingsUserId, connectedAt, Zones.named(timeZone).orElse(null));
        }
    }
}
