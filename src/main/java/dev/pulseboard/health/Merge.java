package dev.pulseboard.health;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the idempotent write every store uses: a standard SQL {@code MERGE} keyed on the natural key, which H2
 * and PostgreSQL 15+ both run. Each parameter is cast to its column type so PostgreSQL can type the VALUES row.
 */
public final class Merge {

    private Merge() {
    }

    /** A column and its SQL type, as in the migration. */
    public record Column(String name, String type) {
    }

    public static Column col(String name, String type) {
        return new Column(name, type);
    }

    public static String sql(String table, List<Column> key, List<Column> values) {
        List<Column> all = Stream.concat(key.stream(), values.stream()).toList();
        String casts = all.stream().map(c -> "cast(? as " + c.type() + ")").collect(Collectors.joining(", "));
        String names = all.stream().map(Column::name).collect(Collectors.joining(", "));
        String on = key.stream().map(c -> "t." + c.name() + " = s." + c.name()).collect(Collectors.joining(" and "));
        String set = values.stream().map(c -> c.name() + " = s." + c.name()).collect(Collectors.joining(", "));
        String inserted = all.stream().map(c -> "s." + c.name()).collect(Collectors.joining(", "));
        return "merge into " + table + " t using (values (" + casts + ")) as s (" + names + ") on " + on
                + " when matched then update set " + set + " when not matched then insert (" + names + ") values ("
                + inserted + ")";
    }

    public static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    public static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
