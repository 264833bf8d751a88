package dev.pulseboard.emulator.protocol;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns every failure of a Withings endpoint into an envelope with HTTP 200: never a 500 or a stack trace. */
@RestControllerAdvice(annotations = WithingsEndpoint.class)
class WithingsErrors {

    private static final Logger log = LoggerFactory.getLogger(WithingsErrors.class);

    @ExceptionHandler(WithingsException.class)
    Map<String, Object> withings(WithingsException e) {
        return Envelope.error(e.status(), e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    Map<String, Object> unexpected(Exception e) {
        log.warn("Emulator endpoint failed: {}", e.toString());
        return Envelope.error(WithingsException.ERROR_OCCURRED, "An error occurred");
    }
}
