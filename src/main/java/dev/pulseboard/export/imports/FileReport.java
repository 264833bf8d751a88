package dev.pulseboard.export.imports;

import java.util.List;

/**
 * What the import did with one file of the archive: rows imported, rows already there (same type and value as a
 * stored reading at the same instant, or at the same local time in the zone it was stored with), rows skipped, and
 * the problems, each saying what and where, or notes (rows moved from an earlier import in another time zone, which
 * count as imported; rows without any value).
 */
public record FileReport(String name, int imported, int alreadyThere, int skipped, List<String> problems) {

    static FileReport notRead(String name, String why) {
        return new FileReport(name, 0, 0, 0, List.of(why));
    }

    static FileReport failed(String name, int rows, List<String> problems) {
        return new FileReport(name, 0, 0, rows, problems);
    }
}
