package dev.pulseboard.export.page;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import dev.pulseboard.account.AccountException;
import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.core.TimeWindow;
import dev.pulseboard.core.UnreadableQuery;
import dev.pulseboard.export.report.ReportsBusy;

/**
 * Errors on the Export pages: the site's error page with the status and the reason, never a stack trace. Its layout
 * shows the demo banner, the version and the navigation (the units menu, which belongs to the dashboard, is left out).
 */
@ControllerAdvice(basePackageClasses = ExportPageErrors.class)
class ExportPageErrors {

    /** The member's Export page and what it leads to (downloads, the report). */
    private static final Pattern EXPORT_PAGES = Pattern.compile("/members/(\\d+)/export(/.*)?");
    /** The Export page's forms that are sent with GET, by the path they go to. */
    private static final Map<String, String> FORMS = Map.of("/download", "download", "/blood-pressure", "report");

    private final boolean demo;
    private final String version;

    ExportPageErrors(@Value("${pulseboard.demo:false}") boolean demo, ObjectProvider<BuildProperties> build) {
        this.demo = demo;
        // In the header, as on every other page.
        this.version = build.getIfAvailable() == null ? "development" : build.getIfAvailable().getVersion();
    }

    @ExceptionHandler
    String on(AccountException e, @AuthenticationPrincipal CurrentUser user, HttpServletResponse response,
            Model model) {
        return switch (e.reason()) {
            case NOT_FOUND -> page(404, AccountException.MEMBER_NOT_SEEN, user, response, model);
            case FORBIDDEN -> page(403, e.getMessage(), user, response, model);
            default -> page(400, e.getMessage(), user, response, model);
        };
    }

    /**
     * A bad date or format in the download or report form: the member's Export page again, the message at the form
     * it is about and what was chosen kept (the page reads the request's own parameters). Anything else: the error
     * page, with a way back to the Export page.
     */
    @ExceptionHandler
    String on(IllegalArgumentException e, @AuthenticationPrincipal CurrentUser user, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Matcher member = EXPORT_PAGES.matcher(request.getRequestURI());
        if (member.matches() && "GET".equals(request.getMethod()) && !response.isCommitted()
                && FORMS.containsKey(String.valueOf(member.group(2)))) {
            response.setStatus(400);
            // The API's wording of days in the wrong order names its parameters; the form's fields are From and To.
            String message = TimeWindow.INVERTED.equals(e.getMessage())
                    ? "The From day comes after the To day: swap them." : e.getMessage();
            request.setAttribute(ExportPageController.REFUSED, new ExportPageController.Refusal(
                    FORMS.get(member.group(2)), message));
            return "forward:/members/" + member.group(1) + "/export";
        }
        if (member.matches()) {
            model.addAttribute("back", "/members/" + member.group(1) + "/export");
        }
        return page(400, e.getMessage(), user, response, model);
    }

    /** {@code /members/abc/export}: nothing there (404); {@code ?x=abc} where a number is asked for: a 400 naming it. */
    @ExceptionHandler
    String on(MethodArgumentTypeMismatchException e, @AuthenticationPrincipal CurrentUser user,
            HttpServletResponse response, Model model) {
        return UnreadableQuery.inPath(e) ? page(404, UnreadableQuery.NOTHING_HERE, user, response, model)
                : page(400, UnreadableQuery.onPage(e), user, response, model);
    }

    /** {@code ?format=%zz}: a query Tomcat cannot decode is the address's mistake, not a server failure to log. */
    @ExceptionHandler
    String on(InvalidParameterException e, @AuthenticationPrincipal CurrentUser user, HttpServletResponse response,
            Model model) {
        return page(400, UnreadableQuery.REASON + " Check the address, or go back.", user, response, model);
    }

    /** Too many PDFs being made at once: said on a page, with when to try again. */
    @ExceptionHandler
    String on(ReportsBusy e, @AuthenticationPrincipal CurrentUser user, HttpServletResponse response, Model model) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ReportsBusy.RETRY_AFTER.toSeconds()));
        return page(503, e.getMessage(), user, response, model);
    }

    private String page(int status, String message, CurrentUser user, HttpServletResponse response, Model model) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("message", message);
        model.addAttribute("demo", demo);
        model.addAttribute("version", version);
        model.addAttribute("currentUser", user);
        return "error-page";
    }
}
