package dev.pulseboard.export.imports;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/** An import as the API shows it: RUNNING, DONE or FAILED, with a report per file read so far. */
public record ImportStatus(String id,
        @Schema(allowableValues = { ImportStatus.RUNNING, ImportStatus.DONE, ImportStatus.FAILED }) String state,
        List<FileReport> files, @Nullable String error) {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";
}
