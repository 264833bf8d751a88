package dev.pulseboard.export.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import dev.pulseboard.core.InvalidSettingException;
import dev.pulseboard.export.ExportProperties;

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

    private final ITemplateEngine templates;
    private final boolean demo;
    private final List<Path> fallbacks;

    /**
     * {@code demo}: the readings are the emulator's, and the report says so at its top (page and PDF), unless there are
     * none or every one of them came from an imported archive.
     */
    BpReportRenderer(ITemplateEngine templates, @Value("${pulseboard.demo:false}") boolean demo,
            ExportProperties properties) {
        this.templates = templates;
        this.demo = demo;
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
