package dev.pulseboard.export.page;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import dev.pulseboard.account.AccountException;

/** Errors on the Export pages: a readable page with the status and the reason, never a stack trace. */
@ControllerAdvice(basePackageClasses = ExportPageErrors.class)
class ExportPageErrors {

    @ExceptionHandler
    String on(AccountException e, HttpServletResponse response, Model model) {
        return switch (e.reason()) {
            case NOT_FOUND -> page(404, "This member does not exist in your household.", response, model);
            case FORBIDDEN -> page(403, e.getMessage(), response, model);
            default -> page(400, e.getMessage(), response, model);
        };
    }

    @ExceptionHandler
    String on(IllegalArgumentException e, HttpServletResponse response, Model model) {
        return page(400, e.getMessage(), response, model);
    }

    private static String page(int status, String message, HttpServletResponse response, Model model) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("message", message);
        return "export/error";
    }
}
