package dev.pulseboard.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.webjars.WebJarVersionLocator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * axe-core, the accessibility rules engine (from its webjar), run in the page a browser test has open: the rules
 * of WCAG 2.0 and 2.1, levels A and AA, and axe's best practices. Answers one line per rule broken, with its impact,
 * how many elements break it and the first few of them, so that a failing test says what to mend.
 */
public final class Axe {

    private static final String TAGS = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']";
    private static final String SCRIPT = load();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Axe() {
    }

    /** The rules the open page breaks; empty when it breaks none. */
    public static List<String> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(SCRIPT);
        }
        Object answer = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: %s}, resultTypes: ['violations']})
                    .then(r => done(JSON.stringify(r.violations)))
                    .catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));
                """.formatted(TAGS));
        List<String> found = new ArrayList<>();
        for (JsonNode rule : JSON.readTree(String.valueOf(answer))) {
            StringBuilder line = new StringBuilder().append(driver.getCurrentUrl()).append(": [")
                    .append(rule.path("impact").asString("")).append("] ").append(rule.path("id").asString(""))
                    .append(" (").append(rule.path("help").asString("")).append(") on ")
                    .append(rule.path("nodes").size()).append(" element(s)");
            int shown = 0;
            for (JsonNode node : rule.path("nodes")) {
                if (shown++ == 3) {
                    break;
                }
                line.append("\n    ").append(node.path("target")).append(": ")
                        .append(node.path("failureSummary").asString("").replaceAll("\\s+", " "));
            }
            found.add(line.toString());
        }
        return found;
    }

    private static String load() {
        String version = new WebJarVersionLocator().version("axe-core");
        if (version == null) {
            throw new IllegalStateException("axe-core's webjar is not on the test class path");
        }
        String path = "META-INF/resources/webjars/axe-core/" + version + "/axe.min.js";
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js not found at " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
