package dev.pulseboard.account.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.core.HouseholdId;
import dev.pulseboard.core.MemberId;

@Repository
public class UserRepository {

    private static final String SELECT_USER = "select id, household_id, email, name, role, member_id, "
            + "must_change_password, password_hash, password_changed_at from app_user ";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    /** True for the one caller that may set up this installation. */
    public boolean lockForSetup() {
        try {
            jdbc.sql("insert into installation (id, set_up_at) values (1, ?)")
                    .param(Timestamp.from(Instant.EPOCH)).update();
            return true;
        } catch (DuplicateKeyException alreadySetUp) {
            return false;
        }
    }

    /** Every household of the installation. */
    public List<HouseholdId> households() {
        return jdbc.sql("select id from household order by id").query(Long.class).list().stream()
                .map(HouseholdId::of).toList();
    }

    public HouseholdId insertHousehold(String name, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into household (name, created_at) values (?, ?)")
                .params(name, Timestamp.from(now)).update(keys, "id");
        return HouseholdId.of(keys.getKey().longValue());
    }

    public long insertUser(HouseholdId household, String email, String passwordHash, String name,
            CurrentUser.Role role, MemberId member, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into app_user (household_id, email, password_hash, name, role, member_id, created_at, "
                + "password_changed_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(household.value(), email, passwordHash, name, role.name(),
                        member == null ? null : member.value(), Timestamp.from(now), Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public boolean emailInUse(String email) {
        return jdbc.sql("select count(*) from app_user where email = ?").param(email).query(Long.class).single() > 0;
    }

    public Optional<CurrentUser> findByEmail(String email) {
        return jdbc.sql(SELECT_USER + "where email = ?").param(email).query(UserRepository::map).optional();
    }

    public Optional<CurrentUser> findById(long id) {
        return jdbc.sql(SELECT_USER + "where id = ?").param(id).query(UserRepository::map).optional()
                .map(UserRepository::withoutPassword);
    }

    /** The users of a household, by name, without their password hashes. */
    public List<CurrentUser> findAll(HouseholdId household) {
        return jdbc.sql(SELECT_USER + "where household_id = ? order by id").param(household.value())
                .query(UserRepository::map).list().stream().map(UserRepository::withoutPassword)
                .sorted(NameOrder.by(CurrentUser::name)).toList();
    }

    /** When the user's password last changed (sessions signed in before it end). */
    public Optional<Instant> passwordChangedAt(long id) {
        return jdbc.sql("select password_changed_at from app_user where id = ?").param(id)
                .query((rs, n) -> instant(rs.getTimestamp(1))).optional();
    }

    public long countAdmins(HouseholdId household) {
        return jdbc.sql("select count(*) from app_user where household_id = ? and role = ?")
                .params(household.value(), CurrentUser.Role.ADMIN.name()).query(Long.class).single();
    }

    public void updateName(long id, String name) {
        jdbc.sql("update app_user set name = ? where id = ?").params(name, id).update();
    }

    public void updateRole(long id, CurrentUser.Role role) {
        jdbc.sql("update app_user set role = ? where id = ?").params(role.name(), id).update();
    }

    public void updatePassword(long id, String passwordHash, boolean mustChange, Instant now) {
        jdbc.sql("update app_user set password_hash = ?, must_change_password = ?, password_changed_at = ? "
                + "where id = ?").params(passwordHash, mustChange, Timestamp.from(now), id).update();
    }

    /** Links the login to the member if it is no member's yet; false if it is (another request linked it first). */
    public boolean linkMember(long id, MemberId member) {
        return jdbc.sql("update app_user set member_id = ? where id = ? and member_id is null")
                .params(member.value(), id).update() == 1;
    }

    public void unlinkMember(long id) {
        jdbc.sql("update app_user set member_id = null where id = ?").param(id).update();
    }

    public Optional<Long> userOfMember(MemberId member) {
        return jdbc.sql("select id from app_user where member_id = ?").param(member.value()).query(Long.class)
                .optional();
    }

    public void delete(long id) {
        jdbc.sql("delete from app_user where id = ?").param(id).update();
    }

    private static CurrentUser withoutPassword(CurrentUser user) {
        user.eraseCredentials();
        return user;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static CurrentUser map(ResultSet rs, int row) throws SQLException {
        long member = rs.getLong("member_id");
        // Read at once: wasNull speaks of the last column read.
        MemberId memberId = rs.wasNull() ? null : MemberId.of(member);
        return new CurrentUser(rs.getLong("id"), HouseholdId.of(rs.getLong("household_id")), rs.getString("email"),
                rs.getString("name"), CurrentUser.Role.valueOf(rs.getString("role")), memberId,
                rs.getBoolean("must_change_password"), false, rs.getString("password_hash"));
    }
}
