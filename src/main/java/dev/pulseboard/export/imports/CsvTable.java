package dev.pulseboard.export.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.pulseboard.export.csv.Csv;
import dev.pulseboard.export.csv.WithingsFile;

/**
 * One CSV file of the archive, checked before anything is stored: its header must hold only the columns of the
 * Withings file it is named after, with the date column; each row is parsed by the importer, which notes what was
 * wrong on which line. A file with any problem is imported not at all.
 * <p>
 * A user id column ({@code userid}, {@code user id}, {@code user_id}, any case) is allowed in every file, though
 * neither Withings' documentation nor the archives seen so far have one: when a file carries it, every row must
 * name the same user, and that user must be the member's linked Withings user when the member has a link;
 * otherwise the file is another person's (or a mix of people's) and nothing of it is imported.
 */
final class CsvTable {

    static final int MAX_PROBLEMS = 20;

    /**
     * Column names of archives downloaded in another language, as readers of real archives have them: German
     * (biopsykit's Sleep Analyzer reader) and Spanish; the other sleep columns stay English in those archives.
     */
    private static final Map<WithingsFile, Map<String, String>> TRANSLATED = Map.of(WithingsFile.SLEEP, Map.ofEntries(
            Map.entry("von", "from"), Map.entry("bis", "to"), Map.entry("leicht (s)", "light (s)"),
            Map.entry("tief (s)", "deep (s)"), Map.entry("wach (s)", "awake (s)"), Map.entry("Aufwachen", "wake up"),
            Map.entry("de", "from"), Map.entry("a", "to"), Map.entry("ligero (s)", "light (s)"),
            Map.entry("profundo (s)", "deep (s)"), Map.entry("despierto (s)", "awake (s)"),
            Map.entry("despertar", "wake up")));

    final WithingsFile file;
    final List<Row> rows = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    private final Map<String, Integer> columns = new HashMap<>();
    private int userColumn = -1;

    /** The file, its rows' user ids checked against {@code linkedUser} (the member's Withings user id, or null). */
    static CsvTable of(WithingsFile file, String text, String linkedUser) {
        CsvTable table = new CsvTable(file, text);
        table.checkUser(linkedUser);
        return table;
    }

    CsvTable(WithingsFile file, String text) {
        this.file = file;
        String[] lines = text.replace("\r\n", "\n").replace("\uFEFF", "").split("\n");
        List<String> header = lines.length == 0 ? List.of() : Csv.parse(lines[0]);
        for (int i = 0; i < header.size(); i++) {
            String name = TRANSLATED.getOrDefault(file, Map.of()).getOrDefault(header.get(i).trim(),
                    header.get(i).trim());
            if (isUserColumn(name)) {
                userColumn = i;
                continue;
            }
            if (!file.header().contains(name)) {
                problem(1, "unknown column '" + name + "' (" + file.fileName() + " has " + file.header() + ")");
            }
            columns.put(name, i);
        }
        if (!columns.containsKey(file.header().get(0))) {
            problem(1, "missing column '" + file.header().get(0) + "'");
        }
        for (int n = 1; n < lines.length; n++) {
            if (!lines[n].isBlank()) {
                rows.add(new Row(n + 1, Csv.parse(lines[n])));
            }
        }
    }

    /**
     * Every row must name one user, the same in all rows, and the member's linked Withings user if there is one;
     * each row that does not is a problem, with its line.
     */
    void checkUser(String linkedUser) {
        if (userColumn < 0) {
            return;
        }
        String first = null;
        int firstLine = 0;
        for (Row row : rows) {
            String user = row.field(userColumn);
            if (user.isEmpty()) {
                problem(row.line, "no user id, where the file has a user id column");
            } else if (linkedUser != null && !user.equals(linkedUser)) {
                problem(row.line, "user id '" + user + "' is not this member's Withings user (" + linkedUser
                        + "): the file is from another person's archive");
            } else if (first == null) {
                first = user;
                firstLine = row.line;
            } else if (!user.equals(first)) {
                problem(row.line, "user id '" + user + "' where line " + firstLine + " has '" + first
                        + "': the file holds more than one person's data");
            }
        }
    }

    private static boolean isUserColumn(String name) {
        return name.replace(" ", "").replace("_", "").equalsIgnoreCase("userid");
    }

    boolean failed() {
        return !problems.isEmpty();
    }

    void problem(int line, String what) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add("line " + line + ": " + what);
        } else if (problems.size() == MAX_PROBLEMS) {
            problems.add("… and more");
        }
    }

    boolean has(String column) {
        return columns.containsKey(column);
    }

    /** One data row, with its line number in the file. */
    final class Row {
        final int line;
        private final List<String> fields;

        Row(int line, List<String> fields) {
            this.line = line;
            this.fields = fields;
        }

        String text(String column) {
            Integer i = columns.get(column);
            return i == null ? "" : field(i);
        }

        String field(int i) {
            return i >= fields.size() ? "" : fields.get(i).trim();
        }

        /** The value, null when empty; a problem (and null) when not a number, or negative. */
        BigDecimal number(String column) {
            String t = text(column);
            if (t.isEmpty()) {
                return null;
            }
            BigDecimal number;
            try {
                number = new BigDecimal(t);
            } catch (NumberFormatException e) {
                problem(line, "'" + t + "' in column '" + column + "' is not a number");
                return null;
            }
            if (number.signum() < 0) {
                // Every column read is a count, a duration, a mass, a pressure or a rate.
                problem(line, "'" + t + "' in column '" + column + "' is negative, which no reading, count or "
                        + "duration can be");
                return null;
            }
            return number;
        }

        /** A local date-time in {@code zone}, or an ISO-8601 date-time with an offset; a problem when neither. */
        Instant instant(String column, ZoneId zone) {
            String t = text(column);
            try {
                return t.length() > 19 ? OffsetDateTime.parse(t).toInstant()
                        : LocalDateTime.parse(t, WithingsFile.LOCAL).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                problem(line, "unparsable date '" + t + "' in column '" + column + "'");
                return null;
            }
        }

        /**
         * The zone a time of this row was written in: {@code chosen} when the text has no offset or the chosen zone had
         * that offset at {@code at}; else the offset itself (a Paris night's "+01:00" in an archive read as UTC).
         */
        ZoneId zoneAt(String column, Instant at, ZoneId chosen) {
            String t = text(column);
            if (t.length() <= 19 || at == null) {
                return chosen;
            }
            ZoneOffset written = OffsetDateTime.parse(t).getOffset();
            return chosen.getRules().getOffset(at).equals(written) ? chosen : written;
        }

        LocalDate date(String column) {
            String t = text(column);
            try {
                return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
            } catch (DateTimeParseException e) {
                problem(line, "unparsable date '" + t + "' in column '" + column + "'");
                return null;
            }
        }
    }
}
