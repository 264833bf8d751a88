package dev.pulseboard.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.pulseboard.core.HouseholdId;

@Repository
class UserRepository {

    private static final String SELECT_USER =
            "select id, household_id, email, name, role, password_hash from app_user ";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    /** True for the one caller that may set up this installation. */
    boolean lockForSetup() {
        try {
            jdbc.sql("insert into installation (id, set_up_at) values (1, ?)")
                    .param(Timestamp.from(Instant.EPOCH)).update();
            return true;
        } catch (DuplicateKeyException alreadySetUp) {
            return false;
        }
    }

    HouseholdId insertHousehold(String name, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into household (name, created_at) values (?, ?)")
                .params(name, Timestamp.from(now)).update(keys, "id");
        return HouseholdId.of(keys.getKey().longValue());
    }

    long insertUser(HouseholdId household, String email, String passwordHash, String name, CurrentUser.Role role,
            Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into app_user (household_id, email, password_hash, name, role, created_at) "
                + "values (?, ?, ?, ?, ?, ?)")
                .params(household.value(), email, passwordHash, name, role.name(), Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<CurrentUser> findByEmail(String email) {
        return jdbc.sql(SELECT_USER + "where email = ?").param(email).query(UserRepository::map).optional();
    }

    Optional<CurrentUser> findById(long id) {
        return jdbc.sql(SELECT_USER + "where id = ?").param(id).query(UserRepository::map).optional()
                .map(UserRepository::withoutPassword);
    }

    private static CurrentUser withoutPassword(CurrentUser user) {
        user.eraseCredentials();
        return user;
    }

    private static CurrentUser map(ResultSet rs, int row) throws SQLException {
        return new CurrentUser(rs.getLong("id"), HouseholdId.of(rs.getLong("household_id")), rs.getString("email"),
                rs.getString("name"), CurrentUser.Role.valueOf(rs.getString("role")), rs.getString("password_hash"));
    }
}
