package dev.pulseboard.export.report;

import java.time.Duration;

/**
 * As many PDFs are being made as the server makes at once ({@link BpReportRenderer}), and none finished in time for
 * this one: asked again shortly, it is made. A long report's PDF holds a good part of a small heap while it is laid
 * out; several at once ran a 320 MiB server out of memory.
 */
public class ReportsBusy extends RuntimeException {

    public static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    ReportsBusy() {
        super("The server is making other PDF reports at the moment; try again in half a minute.");
    }
}
