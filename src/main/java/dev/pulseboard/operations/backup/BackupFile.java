package dev.pulseboard.operations.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What a Pulseboard backup is: the zip of H2's own online backup of the database ({@value #DATABASE_ENTRY}) with
 * a manifest ({@value #MANIFEST_ENTRY}) with the format, the Pulseboard version and the schema version
 * (the newest Flyway migration applied), so a restore can refuse a file that is not a backup or that a newer
 * Pulseboard wrote.
 */
final class BackupFile {

    static final String DATABASE_ENTRY = "pulseboard.mv.db";
    static final String MANIFEST_ENTRY = "pulseboard-backup.properties";
    static final String FORMAT = "pulseboard-backup-1";
    static final Pattern NAME = Pattern.compile("pulseboard-backup-\\d{8}T\\d{6}Z\\.zip");
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");

    private BackupFile() {
    }

    /** The manifest of a backup zip, or an explanation of why the file is not one. */
    static Properties manifest(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry manifest = zip.getEntry(MANIFEST_ENTRY);
            if (manifest == null || database(zip) == null) {
                throw new NotABackup("it is a zip file, but not a Pulseboard backup (no " + MANIFEST_ENTRY + ")");
            }
            Properties properties = new Properties();
            try (InputStream in = zip.getInputStream(manifest)) {
                properties.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            if (!FORMAT.equals(properties.getProperty("format"))) {
                throw new NotABackup("its format '" + properties.getProperty("format") + "' is not " + FORMAT);
            }
            return properties;
        } catch (ZipException e) {
            throw new NotABackup("it is not a zip file");
        } catch (IOException e) {
            throw new NotABackup("it cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The database file in a backup: H2 names it after the database ({@value #DATABASE_ENTRY} by default). */
    static ZipEntry database(ZipFile zip) {
        ZipEntry named = zip.getEntry(DATABASE_ENTRY);
        return named != null ? named
                : zip.stream().filter(e -> e.getName().endsWith(".mv.db")).findFirst().orElse(null);
    }

    /** The newest schema version this Pulseboard knows: the highest {@code V<n>__} migration on its class path. */
    static int newestSchemaVersion() {
        try {
            int newest = 0;
            Resource[] found = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:db/**/V*__*.sql");
            for (Resource resource : found) {
                Matcher m = MIGRATION.matcher(resource.getFilename() == null ? "" : resource.getFilename());
                if (m.matches()) {
                    newest = Math.max(newest, Integer.parseInt(m.group(1)));
                }
            }
            return newest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version of this Pulseboard (from the build information in the jar), or {@code "development"}. */
    static String applicationVersion() {
        try (InputStream in = BackupFile.class.getResourceAsStream("/META-INF/build-info.properties")) {
            if (in == null) {
                return "development";
            }
            Properties build = new Properties();
            build.load(in);
            return build.getProperty("build.version", "development");
        } catch (IOException e) {
            return "development";
        }
    }

    /** Why a file cannot be restored. */
    static final class NotABackup extends RuntimeException {
        NotABackup(String message) {
            super(message);
        }
    }
}
