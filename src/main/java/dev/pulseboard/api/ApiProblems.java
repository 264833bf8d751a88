package dev.pulseboard.api;

import java.io.IOException;
import java.time.format.DateTimeParseException;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import dev.pulseboard.account.AccountException;
import dev.pulseboard.api.body.BodyMistakes;
import dev.pulseboard.connection.ConnectionException;
import dev.pulseboard.core.DatabaseUnreachable;
import dev.pulseboard.core.UnreadableQuery;

/** Every API error as {@code application/problem+json} with a {@code detail} that says what was wrong. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler
    ProblemDetail on(AccountException e) {
        HttpStatus status = switch (e.reason()) {
            case ALREADY_SET_UP -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case GONE -> HttpStatus.GONE;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        return ProblemDetail.forStatusAndDetail(status, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail on(ConnectionException e) {
        HttpStatus status = switch (e.reason()) {
            case NOT_CONNECTED, MADE_UP_IN_THE_DEMO -> HttpStatus.CONFLICT;
            case WITHINGS_UNAVAILABLE -> HttpStatus.BAD_GATEWAY;
            default -> HttpStatus.BAD_REQUEST;
        };
        return ProblemDetail.forStatusAndDetail(status, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail on(BadRequest e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail on(Conflict e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail on(HttpMessageNotReadableException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, BodyMistakes.describe(e));
    }

    @ExceptionHandler
    ProblemDetail on(MissingServletRequestParameterException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The parameter '" + e.getParameterName() + "' is required.");
    }

    @ExceptionHandler
    ProblemDetail on(MethodArgumentTypeMismatchException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, UnreadableQuery.detail(e));
    }

    @ExceptionHandler
    ProblemDetail on(DateTimeParseException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Unparsable date: " + e.getParsedString());
    }

    /** A query Tomcat cannot decode ({@code ?from=%}): the client's mistake, said as such, not a server failure. */
    @ExceptionHandler
    ProblemDetail on(InvalidParameterException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, UnreadableQuery.REASON);
    }

    /** Anything unforeseen: logged with its cause, answered without internals. */
    @ExceptionHandler
    ProblemDetail on(Exception e) throws Exception {
        if (e instanceof ErrorResponse framework) {
            return framework.getBody();
        }
        if (DatabaseUnreachable.in(e) != null) {
            // Answered 503 with Retry-After by the outermost filter (operations), like every request meanwhile.
            throw e;
        }
        if (e instanceof AccessDeniedException
                || e instanceof AuthenticationException) {
            throw e;
        }
        if (e instanceof AsyncRequestNotUsableException || causedBy(e, IOException.class)) {
            // The client hung up mid-answer (a broken pipe): nobody to answer, nothing went wrong here.
            log.debug("API client went away: {}", e.toString());
            return null;
        }
        log.error("API request failed", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Pulseboard could not complete this request; nothing was half-saved. The server log has the cause.");
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** A 400 with a message safe to show. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    /** A 409: the request is fine, the state of what it is about does not allow it (yet). */
    static final class Conflict extends RuntimeException {
        Conflict(String message) {
            super(message);
        }
    }
}
