package dev.pulseboard.export.imports;

import java.util.List;

/**
 * What the import did with one file of the archive: rows imported, rows already there (same instant, type and
 * value as a stored reading), rows skipped, and the problems, each saying what and where.
 */
public record FileReport(String name, int imported, int alreadyThere, int skipped, List<String> problems) {

    static FileReport notRead(String name, String why) {
        return new FileReport(name, 0, 0, 0, List.of(why));
    }

    static FileReport failed(String name, int rows, List<String> problems) {
        return new FileReport(name, 0, 0, rows, problems);
    }
}
