package dev.pulseboard.export.report;

import java.util.logging.Level;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

/**
 * openhtmltopdf's messages through the application's logging, not printed raw on the console beside it (which broke
 * the one-JSON-object-a-line of structured logs, at every PDF). What it says at its warning level is about the
 * report's own stylesheet, whose screen-only rules it cannot read ({@code overflow-x}, media queries), and its
 * information is timings: both debug. Its errors are warnings, under {@code com.openhtmltopdf.<where>}.
 */
final class PdfLog implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger logger = logger(where);
        if (level.intValue() >= Level.SEVERE.intValue()) {
            logger.warn(message, error);
        } else {
            logger.debug(message, error);
        }
    }

    @Override
    public void setLevel(String where, Level level) {
        // The application's logging configuration decides.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = logger(diagnostic.getLogMessageId().getWhere());
        return diagnostic.getLevel().intValue() >= Level.SEVERE.intValue() ? logger.isWarnEnabled()
                : logger.isDebugEnabled();
    }

    private static Logger logger(String where) {
        return LoggerFactory.getLogger(where.startsWith("com.openhtmltopdf") ? where : "com.openhtmltopdf." + where);
    }
}
