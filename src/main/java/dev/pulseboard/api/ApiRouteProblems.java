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
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import dev.pulseboard.api.body.StrictRequests;

/**
 * An address under {@code /api/} that no endpoint serves, a method or a content type it does not take, or an upload
 * that cannot be read, as problem+json too: these fail before any API controller is chosen, so {@link ApiProblems}
 * never sees them. Other paths are left to the pages' error handling (the exception is passed on).
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

    /** A body of a type the endpoint does not read, such as JSON sent to the archive import. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> on(HttpMediaTypeNotSupportedException e, HttpServletRequest request)
            throws Exception {
        if (!isApi(request)) {
            throw e;
        }
        String takes = e.getSupportedMediaTypes().stream().map(MediaType::toString).sorted()
                .collect(Collectors.joining(" or "));
        String what = e.getContentType() == null ? " needs a body with a Content-Type"
                : " does not read " + e.getContentType();
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, request.getRequestURI() + what
                + (takes.isEmpty() ? "." : "; send " + takes + "."), new HttpHeaders());
    }

    /**
     * A request {@link StrictRequests} refused before an endpoint outside this package ran (the backups'): the API's
     * own handlers answer theirs.
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> on(StrictRequests.Refused e) {
        return ResponseEntity.status(e.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(e.getBody());
    }

    /** An upload over the limit, or a multipart body that cannot be parsed (no boundary, cut off). */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> on(MultipartException e, HttpServletRequest request) throws Exception {
        if (!isApi(request)) {
            throw e;
        }
        if (e instanceof MaxUploadSizeExceededException) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "The upload is larger than this server takes"
                    + " (pulseboard.export.max-upload-size).", new HttpHeaders());
        }
        return problem(HttpStatus.BAD_REQUEST, "The body is not a readable multipart/form-data upload: send the file"
                + " as a form part (curl -F file=@archive.zip).", new HttpHeaders());
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, HttpHeaders headers) {
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
