package dev.pulseboard.emulator.admin;

import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import dev.pulseboard.emulator.protocol.WithingsException;

/**
 * Admin API errors as application/problem+json: 400 for bad JSON or arguments, 404 for unknown things, 415 for a
 * body that is not JSON.
 */
@RestControllerAdvice(assignableTypes = { AdminController.class, AdminTestHooks.class })
class AdminProblems {

    static ResponseEntity<ProblemDetail> notFound(String detail) {
        return problem(HttpStatus.NOT_FOUND, detail);
    }

    static ResponseEntity<ProblemDetail> badRequest(String detail) {
        return problem(HttpStatus.BAD_REQUEST, detail);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return badRequest("The request body is not valid JSON of the expected shape");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> notJson(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "The admin API takes JSON: send the body with Content-Type: application/json");
    }

    @ExceptionHandler({ WithingsException.class, NoSuchElementException.class })
    ResponseEntity<ProblemDetail> missing(RuntimeException e) {
        return notFound(e.getMessage());
    }

    @ExceptionHandler({ IllegalArgumentException.class, ArithmeticException.class, MethodArgumentTypeMismatchException.class })
    ResponseEntity<ProblemDetail> invalid(Exception e) {
        return badRequest(e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
