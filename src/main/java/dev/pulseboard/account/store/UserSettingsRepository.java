package dev.pulseboard.account.store;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.pulseboard.account.UserSettings;
import dev.pulseboard.core.Zones;

@Repository
public class UserSettingsRepository {

    private final JdbcClient jdbc;

    UserSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserSettings> find(long userId) {
        return jdbc.sql("select mass_unit, temperature_unit, distance_unit, time_zone, bp_guideline from user_settings "
                + "where user_id = ?").param(userId)
                .query((rs, n) -> new UserSettings(parse(UserSettings.Mass.class, rs.getString(1)),
                        parse(UserSettings.Temperature.class, rs.getString(2)),
                        parse(UserSettings.Distance.class, rs.getString(3)), Zones.named(rs.getString(4)).orElse(null),
                        parse(UserSettings.Guideline.class, rs.getString(5))))
                .optional();
    }

    /** Update, else insert: portable SQL (H2 and PostgreSQL); the caller's transaction keeps it whole. */
    public void save(long userId, UserSettings s) {
        String zone = s.fixedZone() == null ? null : s.fixedZone().getId();
        int updated = jdbc.sql("update user_settings set mass_unit = ?, temperature_unit = ?, distance_unit = ?, "
                + "time_zone = ?, bp_guideline = ? where user_id = ?")
                .params(s.mass().name(), s.temperature().name(), s.distance().name(), zone, s.guideline().name(),
                        userId).update();
        if (updated == 0) {
            jdbc.sql("insert into user_settings (user_id, mass_unit, temperature_unit, distance_unit, time_zone, "
                    + "bp_guideline) values (?, ?, ?, ?, ?, ?)")
                    .params(userId, s.mass().name(), s.temperature().name(), s.distance().name(), zone,
                            s.guideline().name()).update();
        }
    }

    /** A value written by a newer version, or edited by hand, reads as the default rather than failing. */
    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
