package dev.pulseboard;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Errors Tomcat answers before Spring sees the request, such as an address it cannot decode ({@code /members/%zz}):
 * under {@code /api} a problem+json like every other API error, elsewhere a short page in Pulseboard's words, never
 * Tomcat's own page. It takes the place of the error report valve Boot puts on the host (after Boot's customizer).
 */
@Component
class TomcatErrorReport implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Pipeline pipeline = context.getParent().getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    pipeline.removeValve(valve);
                }
            }
            // The host adds a valve of this class at its start unless it has one: the connector's own errors (an
            // address it cannot decode) go through it too.
            ((StandardHost) context.getParent()).setErrorReportValveClass(Report.class.getName());
            pipeline.addValve(new Report());
        });
    }

    /** The text as a JSON string's content: quotes, backslashes and control characters escaped. */
    static String json(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Writes the error once, when nothing else has written a body for it. */
    public static final class Report extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            String title = known == null ? "Error" : known.getReasonPhrase();
            String uri = request.getRequestURI() == null ? "" : request.getRequestURI();
            try {
                response.setCharacterEncoding("UTF-8");
                Writer out = response.getReporter();
                if (out == null) {
                    return;
                }
                if (uri.startsWith("/api/")) {
                    response.setContentType("application/problem+json");
                    out.write("{\"detail\":\"This request cannot be read: check the address's '%' escapes (such as"
                            + " %20 for a space), and that the address and headers stay under the server's limit (8 KB"
                            + " unless server.max-http-request-header-size says otherwise).\",\"instance\":\""
                            + json(uri) + "\",\"status\":" + status + ",\"title\":\"" + title + "\"}");
                } else {
                    response.setContentType("text/html");
                    out.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                            + " · Pulseboard</title></head><body><main><h1>" + title + "</h1><p>Pulseboard cannot read"
                            + " this address: check it (an address of more than 8 KB is not read), or go back to"
                            + " <a href=\"/\">the household</a>.</p></main>"
                            + "</body></html>");
                }
            } catch (IOException | IllegalStateException e) {
                // The client went away or the response is in a state no body can be written to: nothing to tell.
            }
        }
    }
}
