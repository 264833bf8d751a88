package dev.pulseboard.api;

import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address under {@code /api/} that no endpoint serves, or a method it does not take, as problem+json too: these
 * fail before any API controller is chosen, so {@link ApiProblems} never sees them. Other paths are left to the
 * pages' error handling (the exception is passed on).
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@RestControllerAdvice
class ApiRouteProblems {

    /** No controller and no static-file folder at this address (static files are mapped per folder only). */
    @ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
    ResponseEntity<ProblemDetail> notFound(Exception e, HttpServletRequest request) throws Exception {
        if (!isApi(request)) {
            throw e;
        }
        return problem(HttpStatus.NOT_FOUND, "There is no " + request.getRequestURI()
                + " in the API; the README lists its endpoints.", new HttpHeaders());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> on(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
            throws Exception {
        if (!isApi(request)) {
            throw e;
        }
        HttpHeaders headers = new HttpHeaders();
        String allowed = e.getSupportedHttpMethods() == null ? ""
                : e.getSupportedHttpMethods().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
        if (!allowed.isEmpty()) {
            headers.set(HttpHeaders.ALLOW, allowed);
        }
        return problem(HttpStatus.METHOD_NOT_ALLOWED, request.getMethod() + " is not supported at "
                + request.getRequestURI() + (allowed.isEmpty() ? "." : "; it takes " + allowed + "."), headers);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, HttpHeaders headers) {
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
