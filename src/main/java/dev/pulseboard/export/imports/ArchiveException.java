package dev.pulseboard.export.imports;

/** The upload is not an archive Pulseboard reads (not a ZIP, a ZIP bomb, too many files), with a safe message. */
public class ArchiveException extends RuntimeException {

    public ArchiveException(String message) {
        super(message);
    }
}
