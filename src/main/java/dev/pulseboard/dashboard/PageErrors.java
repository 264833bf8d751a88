package dev.pulseboard.dashboard;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import dev.pulseboard.account.AccountException;
import dev.pulseboard.connection.ConnectionException;

/** Errors on pages: a readable page with a way back, never a stack trace. */
@ControllerAdvice(basePackageClasses = PageErrors.class)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler
    String on(AccountException e, HttpServletResponse response, Model model) {
        response.setStatus(e.reason() == AccountException.Reason.NOT_FOUND ? 404 : 400);
        model.addAttribute("message", e.reason() == AccountException.Reason.NOT_FOUND
                ? "This member does not exist in your household." : e.getMessage());
        return "error-page";
    }

    /** {@code /members/abc}: an id that is not a number is a page that does not exist. */
    @ExceptionHandler
    String on(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException e,
            HttpServletResponse response, Model model) {
        response.setStatus(404);
        model.addAttribute("message", "There is nothing at this address.");
        return "error-page";
    }

    @ExceptionHandler
    String on(ConnectionException e, HttpServletResponse response, Model model) {
        log.info("Page refused a connection action: {}", e.getMessage());
        response.setStatus(400);
        model.addAttribute("message", e.getMessage());
        return "error-page";
    }
}
