package dev.pulseboard.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import dev.pulseboard.core.DatabaseUnreachable;

/**
 * While the database cannot be reached (PostgreSQL restarting, say), every request answers at once with 503 and
 * {@code Retry-After}: a short page, or problem+json under {@code /api/}, not a stack trace in the log and a 500
 * after the pool's wait. First of all the filters, so it also catches the sign-in session's read. The log says so in
 * one line at most once a minute, however many requests fail ({@link DatabaseOutageLog}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailable extends OncePerRequestFilter {

    static final int RETRY_AFTER_SECONDS = 30;

    private final DatabaseOutageLog outage;

    DatabaseUnavailable(DatabaseOutageLog outage) {
        this.outage = outage;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            Throwable unreachable = DatabaseUnreachable.in(e);
            if (unreachable == null || response.isCommitted()) {
                throw e;
            }
            outage.report("a " + request.getMethod() + " request", unreachable);
            answer(request, response);
        }
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Nothing of the failed answer (an export's Content-Disposition, say) goes with the 503.
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\""
                    + DatabaseUnreachable.DETAIL
                    + "\",\"instance\":\"" + path.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    + "<title>Unavailable · Pulseboard</title></head><body><main><h1>Pulseboard is unavailable"
                    + "</h1><p>" + HtmlUtils.htmlEscape(DatabaseUnreachable.DETAIL) + "</p></main></body></html>");
        }
    }
}
