package dev.pulseboard.export.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import dev.pulseboard.export.ExportProperties;

/**
 * Withings' archive, read defensively: only the files asked for are opened (the personal files {@code account.csv},
 * {@code user.csv}, {@code devices.csv} never are), and every byte unpacked is counted against the limits, whatever
 * the ZIP's own headers claim: a file past its size or ratio limit, or all of them past the total, stops the import.
 */
final class Archive implements AutoCloseable {

    static final Set<String> PERSONAL = Set.of("account.csv", "user.csv", "devices.csv");

    private final ZipFile zip;
    private final ExportProperties limits;
    private final Map<String, ZipEntry> byName = new LinkedHashMap<>();
    private long unpacked;

    Archive(Path file, ExportProperties limits) {
        this.limits = limits;
        try {
            this.zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new ArchiveException("The file is not a ZIP archive (Withings' \"download my data\" sends one).");
        } catch (IOException e) {
            throw new ArchiveException("The archive could not be opened: " + e.getMessage());
        }
        Enumeration<? extends ZipEntry> entries = zip.entries();
        int count = 0;
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (++count > limits.maxEntries()) {
                close();
                throw new ArchiveException("The archive lists more than " + limits.maxEntries() + " files.");
            }
            if (!entry.isDirectory()) {
                byName.putIfAbsent(baseName(entry.getName()), entry);
            }
        }
    }

    /** The file names in the archive (without folders), personal ones included: they are listed, never read. */
    Set<String> names() {
        return byName.keySet();
    }

    /** The text of one file, counted against the limits. */
    String read(String name) {
        if (PERSONAL.contains(name)) {
            throw new IllegalArgumentException("personal files are never read");
        }
        ZipEntry entry = byName.get(name);
        long packed = Math.max(entry.getCompressedSize(), 1);
        long maxEntry = limits.maxEntrySize().toBytes();
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] buffer = new byte[64 * 1024];
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long size = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                size += n;
                unpacked += n;
                if (size > maxEntry || size / packed > limits.maxRatio() && size > 1024 * 1024) {
                    throw new ArchiveException(name + " unpacks to more than its limit (" + limits.maxEntrySize()
                            + ", or " + limits.maxRatio() + " times its packed size): refused as a ZIP bomb.");
                }
                if (unpacked > limits.maxTotalSize().toBytes()) {
                    throw new ArchiveException("The archive unpacks to more than " + limits.maxTotalSize()
                            + ": refused as a ZIP bomb.");
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new ArchiveException(name + " in the archive is damaged: " + e.getMessage());
        } catch (IOException e) {
            throw new ArchiveException(name + " could not be read: " + e.getMessage());
        }
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
