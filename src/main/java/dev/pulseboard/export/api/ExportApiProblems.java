package dev.pulseboard.export.api;

import java.io.IOException;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import dev.pulseboard.account.AccountException;
import dev.pulseboard.api.body.BodyMistakes;
import dev.pulseboard.core.DatabaseUnreachable;
import dev.pulseboard.core.UnreadableQuery;
import dev.pulseboard.export.report.ReportsBusy;

/**
 * The export routes' errors as {@code application/problem+json} with a {@code detail}, like the rest of the API:
 * 404 for a member the user may not see, 403 for one they may see but not change, 400 for bad parameters.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackageClasses = ExportApiProblems.class)
class ExportApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ExportApiProblems.class);

    @ExceptionHandler
    ProblemDetail on(AccountException e) {
        HttpStatus status = switch (e.reason()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.BAD_REQUEST;
        };
        return ProblemDetail.forStatusAndDetail(status, e.getMessage());
    }

    /** A body that is not the JSON the operation takes: worded as in the rest of the API. */
    @ExceptionHandler
    ProblemDetail on(HttpMessageNotReadableException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, BodyMistakes.describe(e));
    }

    /** Too many reports being made at once: the caller tries again shortly. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> on(ReportsBusy e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(ReportsBusy.RETRY_AFTER.toSeconds()))
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
    }

    @ExceptionHandler
    ProblemDetail on(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** {@code /members/abc/export}: a path or query value that is not what it must be, as in the rest of the API. */
    @ExceptionHandler
    ProblemDetail on(MethodArgumentTypeMismatchException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, UnreadableQuery.detail(e));
    }

    /** A query Tomcat cannot decode ({@code ?format=%zz}): the client's mistake, not an export that failed. */
    @ExceptionHandler
    ProblemDetail on(InvalidParameterException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, UnreadableQuery.REASON);
    }

    @ExceptionHandler
    ProblemDetail on(Exception e) throws Exception {
        if (e instanceof ErrorResponse framework) {
            return framework.getBody();
        }
        if (DatabaseUnreachable.in(e) != null) {
            // Answered 503 with Retry-After by the outermost filter (operations), like every request meanwhile.
            throw e;
        }
        if (e instanceof AsyncRequestNotUsableException || causedByIo(e)) {
            // The client hung up mid-download: nobody to answer, nothing went wrong here.
            log.debug("Export client went away: {}", e.toString());
            return null;
        }
        log.error("Export request failed", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Pulseboard could not complete this export. The server log has the cause.");
    }

    /** A download's writers wrap the response's I/O errors (a client that hung up) in unchecked exceptions. */
    private static boolean causedByIo(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
