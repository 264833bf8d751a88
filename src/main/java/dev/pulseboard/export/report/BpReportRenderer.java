package dev.pulseboard.export.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import dev.pulseboard.core.InvalidSettingException;
import dev.pulseboard.export.ExportProperties;
import dev.pulseboard.health.measure.HomeSeries;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

/**
 * Renders the report from one Thymeleaf template ({@code export/blood-pressure}) as a page and as a PDF
 * (openhtmltopdf draws the same XHTML, the chart's inline SVG through Batik).
 */
@Component
public class BpReportRenderer {

    public static final String TEMPLATE = "export/blood-pressure";
    /** The font family the PDF's text is set in (the template names it first for the PDF). */
    static final String FONT = "DejaVu Sans Condensed";

    /** The family names of the fallback fonts, in the PDF's CSS after {@link #FONT}. */
    static final String FALLBACK = "Pulseboard Fallback ";
    static final String SETTING = "pulseboard.export.report-fonts";

    private static final Logger log = LoggerFactory.getLogger(BpReportRenderer.class);

    private final ITemplateEngine templates;
    private final boolean demo;
    private final List<Path> fallbacks;
    private final Executor background;
    private final AtomicBoolean warm = new AtomicBoolean();
    /** PDFs laid out at once: a long report's takes a good part of a small heap (four at once ran 320 MiB out). */
    private final Semaphore renders = new Semaphore(AT_ONCE);

    static final int AT_ONCE = 2;
    /** How long a PDF asked for waits for another to finish before the server says it is busy. */
    private final Duration wait;

    /**
     * {@code demo}: the readings are the emulator's, and the report says so at its top (page and PDF), unless there are
     * none or every one of them came from an imported archive.
     */
    BpReportRenderer(ITemplateEngine templates, @Value("${pulseboard.demo:false}") boolean demo,
            ExportProperties properties, @Qualifier("applicationTaskExecutor") Executor background) {
        this.templates = templates;
        this.demo = demo;
        this.background = background;
        this.wait = properties.pdfWait();
        this.fallbacks = List.copyOf(properties.reportFonts());
        fallbacks.forEach(BpReportRenderer::checkFont);
        // openhtmltopdf logs through one static logger of its own: set once, here, where PDFs are made.
        XRLog.setLoggerImpl(new PdfLog());
    }

    /** {@code back}: the page the report was chosen on, linked at its top; null for none. */
    public String html(BpReport report, String back) {
        return html(report, back, null);
    }

    /** The page a link for someone without a login opens: {@code shared} says so at its top, with its PDF. */
    public String sharedHtml(BpReport report, String shared) {
        return html(report, null, shared);
    }

    private String html(BpReport report, String back, String shared) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("report", report);
        context.setVariable("pdf", false);
        context.setVariable("back", back);
        context.setVariable("shared", shared);
        context.setVariable("demo", demo && !report.readings().isEmpty() && !report.onlyImported());
        return templates.process(TEMPLATE, context);
    }

    /**
     * Makes a PDF of an empty report once, in the background, when a page that offers the report is shown: the first
     * PDF after a start pays for the PDF library's own start (its classes, the embedded fonts, Batik for the chart:
     * 5 s on a two-core box), which the person who then asks for one would otherwise wait for. Nothing is kept.
     */
    public void warmUp() {
        if (!warm.compareAndSet(false, true)) {
            return;
        }
        try {
            background.execute(() -> {
                LocalDate today = LocalDate.now(ZoneOffset.UTC);
                if (!renders.tryAcquire()) {
                    warm.set(false);
                    return;
                }
                try {
                    pdf(new BpReport("", null, null, ZoneOffset.UTC, today, today, null, "not recorded", List.of(),
                            HomeSeries.of(List.of(), today), List.of(), BpChart.svg(today, today, List.of(), null),
                            Instant.EPOCH), OutputStream.nullOutputStream());
                } catch (RuntimeException e) {
                    log.debug("The PDF warm-up failed; the first report will start the library itself", e);
                } finally {
                    renders.release();
                }
            });
        } catch (RejectedExecutionException e) {
            warm.set(false);
        }
    }

    /** The right to lay out one PDF, held until closed. */
    public interface Permit extends AutoCloseable {

        @Override
        void close();
    }

    /**
     * Waits up to {@code pulseboard.export.pdf-wait} for one of the {@value #AT_ONCE} PDFs laid out at once to finish;
     * then the caller makes its own and closes the permit. Taken before anything of the answer is written, so that a
     * busy server answers 503 rather than half a PDF.
     */
    public Permit permit() {
        try {
            if (!renders.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ReportsBusy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportsBusy();
        }
        AtomicBoolean held = new AtomicBoolean(true);
        return () -> {
            if (held.compareAndSet(true, false)) {
                renders.release();
            }
        };
    }

    /** Lays the report out as a PDF into {@code out}; the caller holds a {@link #permit()}. */
    public void pdf(BpReport report, OutputStream out) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("report", report);
        context.setVariable("pdf", true);
        context.setVariable("demo", demo && !report.readings().isEmpty() && !report.onlyImported());
        context.setVariable("pdfFonts", fontFamilies());
        String xhtml = templates.process(TEMPLATE, context);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // Tagged (PDF/UA): headings, tables and the chart's text alternative reach a screen reader. It needs
            // every font embedded, so the report's text is set in the DejaVu Sans Condensed the jar carries
            // (about as wide as the Helvetica a PDF's standard font would be).
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> font("DejaVuSansCondensed.ttf"), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSansCondensed-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
            // A letter DejaVu lacks (a name or a note in Chinese, say) is looked for in the fallbacks, in order.
            for (int i = 0; i < fallbacks.size(); i++) {
                builder.useFont(fallbacks.get(i).toFile(), FALLBACK + (i + 1));
            }
            // Right-to-left names and notes (Arabic, Hebrew) in their order, Arabic letters joined.
            builder.useUnicodeBidiSplitter(new IcuBidi.Splitters());
            builder.useUnicodeBidiReorderer(new IcuBidi.Reorderer());
            builder.defaultTextDirection(TextDirection.LTR);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF's CSS font-family: the report's font, then each fallback. */
    String fontFamilies() {
        StringBuilder families = new StringBuilder("'" + FONT + "'");
        for (int i = 0; i < fallbacks.size(); i++) {
            families.append(", '").append(FALLBACK).append(i + 1).append("'");
        }
        return families.toString();
    }

    /** A fallback font must be there at the start, not fail the first report that needs it. */
    private static void checkFont(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InvalidSettingException(SETTING, "'" + file.toAbsolutePath() + "' is not a readable file");
        }
        if (!name.endsWith(".ttf") && !name.endsWith(".otf")) {
            throw new InvalidSettingException(SETTING, "'" + file.getFileName() + "' is not a TrueType or OpenType "
                    + "font file (.ttf or .otf; a collection, .ttc, is not taken)");
        }
    }

    private static InputStream font(String file) {
        return BpReportRenderer.class.getResourceAsStream("/export/fonts/" + file);
    }
}
