package dev.pulseboard.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import dev.pulseboard.account.AccountException;
import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.connection.ConnectionException;
import dev.pulseboard.core.UnreadableQuery;

/** Errors on pages: a readable page with a way back, never a stack trace. */
@ControllerAdvice(basePackageClasses = PageErrors.class)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final PageModel layout;

    PageErrors(PageModel layout) {
        this.layout = layout;
    }

    @ExceptionHandler
    String on(AccountException e, @AuthenticationPrincipal CurrentUser user, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        return switch (e.reason()) {
            case NOT_FOUND -> page(404, AccountException.MEMBER_NOT_SEEN, user, request, response, model);
            case FORBIDDEN -> page(403, e.getMessage(), user, request, response, model);
            default -> page(400, e.getMessage(), user, request, response, model);
        };
    }

    /**
     * {@code /members/abc}: an id in the path that is not a number is a page that does not exist. A form's or a
     * query's value that cannot be read ({@code days=abc}, a number too large) is a 400 that names it.
     */
    @ExceptionHandler
    String on(MethodArgumentTypeMismatchException e,
            @AuthenticationPrincipal CurrentUser user, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        if (UnreadableQuery.inPath(e)) {
            return page(404, UnreadableQuery.NOTHING_HERE, user, request, response, model);
        }
        return page(400, UnreadableQuery.onPage(e), user, request, response, model);
    }

    /** {@code ?from=%zz}: a query Tomcat cannot decode is the address's mistake, not a server failure to log. */
    @ExceptionHandler
    String on(InvalidParameterException e, @AuthenticationPrincipal CurrentUser user, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        return page(400, UnreadableQuery.REASON + " Check the address, or go back.", user, request, response, model);
    }

    @ExceptionHandler
    String on(ConnectionException e, @AuthenticationPrincipal CurrentUser user, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        log.info("Page refused a connection action: {}", e.getMessage());
        return page(400, e.getMessage(), user, request, response, model);
    }

    /** The error page inside the usual layout (navigation, units, sign-out), with the status and the reason. */
    private String page(int status, String message, CurrentUser user, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        response.setStatus(status);
        layout.addTo(model, user, request);
        model.addAttribute("message", message);
        model.addAttribute("status", status);
        return "error-page";
    }
}
