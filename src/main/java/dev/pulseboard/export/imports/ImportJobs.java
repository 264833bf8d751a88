package dev.pulseboard.export.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.HouseholdChanged;
import dev.pulseboard.account.Validation;
import dev.pulseboard.connection.Connections;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.core.Zones;
import dev.pulseboard.export.ExportProperties;
import dev.pulseboard.export.csv.WithingsFile;
import dev.pulseboard.sync.MemberZones;

/**
 * Imports of Withings' "download my data" archive, one at a time in the background: the upload is kept in a
 * temporary file, its body, blood-pressure, sleep and activity files are read and stored, file by file, and the
 * report per file is saved as it grows. The caller checks {@code MemberAccess.manage} first.
 */
@Service
public class ImportJobs {

    /** The device name of every reading imported from an archive. */
    public static final String ARCHIVE_DEVICE = "Withings archive";

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final ImportJobRepository jobs;
    private final ImportLiveness liveness;
    private final Connections connections;
    private final BodyImport body;
    private final DailyImport daily;
    private final WorkoutImport workouts;
    private final MemberZones zones;
    private final ExportProperties limits;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "archive-import");
        t.setDaemon(true);
        return t;
    });

    ImportJobs(ImportJobRepository jobs, ImportLiveness liveness, Connections connections, BodyImport body,
            DailyImport daily, WorkoutImport workouts, MemberZones zones, ExportProperties limits,
            Clock clock, PlatformTransactionManager transactions, ApplicationEventPublisher events) {
        this.jobs = jobs;
        this.liveness = liveness;
        this.connections = connections;
        this.body = body;
        this.daily = daily;
        this.workouts = workouts;
        this.zones = zones;
        this.limits = limits;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
    }

    /**
     * Keeps the upload and starts importing it; returns the import's id. {@code zone}: the time zone of the
     * archive's local times; null for the member's zone ({@link MemberZones}).
     */
    public String start(MemberId member, InputStream upload, ZoneId zone) throws IOException {
        Path file = Files.createTempFile("pulseboard-import-", ".zip");
        Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
        String id = UUID.randomUUID().toString();
        jobs.insert(id, member, liveness.owner(), clock.instant());
        liveness.started(id);
        worker.submit(() -> run(id, member, file, zone));
        return id;
    }

    /**
     * Starts an import of an uploaded archive; {@code timeZone} (optional when the member's zone is known) names the
     * zone of its local times. Refuses an empty upload, an unknown zone, or no zone at all for a member whose zone
     * is not known, with a message fit for the user. The audit log records who started it, into whose history.
     */
    public String start(CurrentUser by, MemberId member, MultipartFile file, String timeZone) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new IllegalArgumentException("The upload holds no file: send the ZIP that Withings' \"download my "
                    + "data\" sent you.");
        }
        ZoneId zone;
        try {
            zone = timeZone == null || timeZone.isBlank() ? null : Zones.byName(Zones.ofTyped(timeZone));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + timeZone + "' is not a time zone (e.g. Europe/Paris).");
        }
        if (zone == null && zones.known(member).isEmpty()) {
            // Withings' archive (and Pulseboard's own Withings CSV) writes readings in local time without a zone:
            // read as UTC they would be stored hours off, and an import with the right zone later would add them
            // again beside the wrong ones.
            throw new IllegalArgumentException("This member's time zone is not known yet (no reading tells it), and "
                    + "the archive's times are local times: send timeZone, the zone they were taken in (e.g. "
                    + "Europe/Paris, or UTC).");
        }
        String id;
        try (InputStream in = file.getInputStream()) {
            id = start(member, in, zone);
        }
        String name = file.getOriginalFilename() == null ? "an archive" : file.getOriginalFilename();
        events.publishEvent(new HouseholdChanged(by.householdId(), by.userId(), member,
                HouseholdChanged.Change.IMPORTED, "import of " + (name.length() > 100 ? Validation.firstUnits(name, 100)
                        + "\u2026" : name) + " started" + (zone == null ? "" : ", its times read in " + zone.getId())));
        return id;
    }

    public Optional<ImportStatus> status(MemberId member, String id) {
        return jobs.find(member, id);
    }

    /** Imports the archive now, in this thread (the background job, and benchmarks). */
    void run(String id, MemberId member, Path file, ZoneId givenZone) {
        List<FileReport> reports = new ArrayList<>();
        try (Archive archive = new Archive(file, limits)) {
            ZoneId zone = givenZone != null ? givenZone : zones.of(member);
            String linkedUser = connections.status(member).withingsUserId();
            List<CsvTable> aggregates = new ArrayList<>();
            for (String name : archive.names()) {
                Optional<WithingsFile> known = known(name);
                if (Archive.PERSONAL.contains(name)) {
                    reports.add(FileReport.notRead(name, "personal file: never read"));
                } else if (known.isEmpty() || !(BodyImport.reads(known.get()) || known.get() == WithingsFile.SLEEP
                        || known.get() == WithingsFile.ACTIVITIES || DailyImport.AGGREGATES.contains(known.get()))) {
                    reports.add(FileReport.notRead(name, "not a file Pulseboard imports"));
                } else if (DailyImport.AGGREGATES.contains(known.get())) {
                    aggregates.add(CsvTable.of(known.get(), archive.read(name), linkedUser));
                } else {
                    CsvTable table = CsvTable.of(known.get(), archive.read(name), linkedUser);
                    storeWithReport(id, reports, () -> List.of(switch (table.file) {
                        case SLEEP -> daily.sleep(member, table, zone);
                        case ACTIVITIES -> workouts.run(member, table, zone);
                        default -> body.run(member, table, zone);
                    }));
                }
            }
            storeWithReport(id, reports, () -> daily.activity(member, aggregates, zone));
            jobs.finish(id, ImportStatus.DONE, reports, null, clock.instant());
        } catch (ArchiveException e) {
            jobs.finish(id, ImportStatus.FAILED, reports, e.getMessage(), clock.instant());
        } catch (RuntimeException e) {
            log.error("Import {} failed", id, e);
            jobs.finish(id, ImportStatus.FAILED, reports, "The import stopped on an unexpected error; files "
                    + "reported as done are stored, the others are not. The server log has the cause.",
                    clock.instant());
        } finally {
            liveness.finished(id);
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the upload of import {}", id);
            }
        }
    }

    /**
     * Stores one file (or the daily files together) and the report that says so in one transaction: a server that
     * stops in between keeps both or neither, so the report lists exactly the files that were kept.
     */
    private void storeWithReport(String id, List<FileReport> reports, Supplier<List<FileReport>> store) {
        reports.addAll(transaction.execute(status -> {
            List<FileReport> files = store.get();
            List<FileReport> all = new ArrayList<>(reports);
            all.addAll(files);
            jobs.progress(id, all);
            return files;
        }));
    }

    private static Optional<WithingsFile> known(String name) {
        for (WithingsFile f : WithingsFile.values()) {
            if (f.fileName().equalsIgnoreCase(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
