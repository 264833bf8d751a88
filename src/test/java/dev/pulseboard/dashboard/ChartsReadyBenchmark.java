package dev.pulseboard.dashboard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import dev.pulseboard.support.Browser;

/**
 * Not a test: a benchmark run by hand or by {@code bench/charts-ready.sh} against a running server. Signs in with
 * the given account, opens each section of a member's page {@code runs} times in headless Chromium (1280 px) and
 * prints p50, p95 and max of the time from navigation start until every chart of the page is drawn
 * ({@code window.pulseboardChartsReadyAt}, set by charts.js). With {@code screenshots} it also saves each section at
 * 1280 and 375 px under {@code target/screenshots/}.
 *
 * <p>Arguments: base URL, e-mail, password, member id, runs (default 20), "screenshots" (optional).
 */
public final class ChartsReadyBenchmark {

    static final List<String> SECTIONS = List.of("?range=all", "/body?range=1y", "/heart?range=90d",
            "/sleep?range=30d", "/activity?range=1y", "/ecg?range=all", "/devices");

    private ChartsReadyBenchmark() {
    }

    public static void main(String[] args) {
        String base = args[0];
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        boolean screenshots = args.length > 5 && args[5].equals("screenshots");
        try (Browser browser = Browser.start(1280, 1000)) {
            WebDriver driver = browser.driver();
            driver.get(base + "/login");
            driver.findElement(By.name("username")).sendKeys(args[1]);
            driver.findElement(By.name("password")).sendKeys(args[2]);
            driver.findElement(By.cssSelector("button[type=submit]")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
            String member = base + "/members/" + args[3];
            List<Double> all = new ArrayList<>();
            for (String section : SECTIONS) {
                List<Double> times = new ArrayList<>();
                for (int i = 0; i < runs + 2; i++) {
                    double ms = load(browser, member + section);
                    if (i >= 2) { // two warm-up loads
                        times.add(ms);
                    }
                }
                all.addAll(times);
                System.out.println(line(section, times));
                if (screenshots) {
                    String name = "review-" + section.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
                    Pages.screenshotWholePage(browser, name + "-1280");
                    Pages.screenshotWholePhonePage(browser, name + "-375");
                    Pages.desktop(browser);
                }
            }
            System.out.println(line("all sections", all));
        }
    }

    /** Opens the page and returns the milliseconds from navigation start until its charts were drawn. */
    private static double load(Browser browser, String url) {
        browser.driver().get(url);
        Object ready = browser.waitUpTo(Duration.ofSeconds(30)).until(d -> ((JavascriptExecutor) d)
                .executeScript("return window.pulseboardChartsReadyAt"));
        return ((Number) ready).doubleValue();
    }

    private static String line(String name, List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "%-18s n=%d p50_ms=%.0f p95_ms=%.0f max_ms=%.0f", name, sorted.size(),
                at(sorted, 0.5), at(sorted, 0.95), sorted.get(sorted.size() - 1));
    }

    private static double at(List<Double> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) (q * sorted.size())));
    }
}
