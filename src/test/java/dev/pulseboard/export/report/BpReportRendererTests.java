package dev.pulseboard.export.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import dev.pulseboard.core.InvalidSettingException;
import dev.pulseboard.export.ExportProperties;

import dev.pulseboard.health.measure.HomeSeries;

/**
 * The report's PDF sets its text in the DejaVu font the jar carries, which has no Chinese, Japanese or Korean: with a
 * fallback font given ({@code pulseboard.export.report-fonts}) a name and a note in those scripts are printed, not
 * replaced by "#". Uses Debian's Droid Sans Fallback (Chinese, Japanese) and Nanum Gothic (Korean), packages
 * fonts-droid-fallback and fonts-nanum, which CI installs.
 */
class BpReportRendererTests {

    static final Path DROID = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
    static final Path NANUM = Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");
    static final Path SYMBOLA = Path.of("/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf");

    @Test
    void aNameAndANoteInChineseJapaneseOrKoreanArePrintedWithFallbackFonts() throws IOException {
        Assumptions.assumeTrue(Files.isReadable(DROID) && Files.isReadable(NANUM) && Files.isReadable(SYMBOLA),
                "The fallback font test needs Debian's fonts: apt-get install -y fonts-droid-fallback fonts-nanum "
                        + "fonts-symbola");
        BpReport report = report("李雷 👩‍⚕️", "服用アムロジピン 5 mg, since 3 May. 혈압약 복용 중. 💊");

        String without = text(renderer(List.of()), report);
        String chineseAndJapanese = text(renderer(List.of(DROID)), report);
        String all = text(renderer(List.of(DROID, NANUM, SYMBOLA)), report);

        assertThat(without).as("DejaVu alone has no such letters").contains("##").doesNotContain("李雷");
        assertThat(chineseAndJapanese).contains("李雷", "服用アムロジピン 5 mg").as("Droid has no Hangul").contains("#");
        assertThat(all).contains("Home blood pressure", "李雷", "服用アムロジピン 5 mg, since 3 May. 혈압약 복용 중. 💊")
                .contains("Home blood pressure of 李雷", "Page 1 of 1")
                .as("the next font in the list has what the one before lacks").doesNotContain("#");
    }

    /**
     * An Arabic name and note read right to left in the PDF, as on the page: the first word of the name is the
     * rightmost (read back by PDFBox in logical order), not the words of each run laid left to right; a note's line
     * in Arabic is a right-to-left paragraph.
     */
    @Test
    void anArabicNameAndNoteReadRightToLeft() throws IOException {
        BpReport report = report("محمد العلي", "يتناول دواء ليسينوبريل منذ يناير");

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        renderer(List.of()).pdf(report, pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains("محمد العلي", "يتناول دواء ليسينوبريل منذ يناير")
                    .doesNotContain("العلي محمد");
            // The foot, drawn left to right around the name: the name, then its comma, then the day (PDFBox's text
            // of a line of both directions is no guide: the glyphs' places are).
            List<TextPosition> glyphs = new ArrayList<>();
            PDFTextStripper positions = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition glyph) {
                    glyphs.add(glyph);
                }
            };
            positions.getText(document);
            float bottom = (float) glyphs.stream().mapToDouble(TextPosition::getYDirAdj).max().orElseThrow();
            List<TextPosition> foot = glyphs.stream().filter(g -> g.getYDirAdj() > bottom - 2).toList();
            double arabic = foot.stream().filter(g -> g.getUnicode().codePoints().anyMatch(c ->
                    Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
                    .mapToDouble(g -> g.getXDirAdj() + g.getWidthDirAdj()).max().orElseThrow();
            double comma = foot.stream().filter(g -> g.getUnicode().equals(",")).mapToDouble(TextPosition::getXDirAdj)
                    .min().orElseThrow();
            double day = foot.stream().filter(g -> g.getUnicode().equals("2")).mapToDouble(TextPosition::getXDirAdj)
                    .min().orElseThrow();
            assertThat(arabic).as("the name before its comma").isLessThanOrEqualTo(comma);
            assertThat(comma).as("the comma before the day").isLessThan(day);
        }
    }

    /**
     * A reading taken with an ECG that was not a clear "no sign" is named in its row, with a word on what that does
     * to a cuff's reading; a report without a date of birth says how it reads the readings.
     */
    @Test
    void aReadingWithAnIrregularEcgIsNamedAndAMissingDateOfBirthIsSaid() throws IOException {
        LocalDate day = LocalDate.of(2026, 11, 27);
        List<BpReading> readings = List.of(new BpReading(day.atTime(7, 0), 136, 78, 64, true, null, 2),
                new BpReading(day.atTime(7, 1), 134, 80, 63, true, null, null),
                new BpReading(day.atTime(21, 0), 128, 76, 60, true, null, 0));
        BpReport report = new BpReport("Alex", null, null, ZoneId.of("Europe/Paris"), day.minusDays(1), day, null,
                "BPM Core", readings, HomeSeries.of(List.of(), null), List.of(), "",
                Instant.parse("2026-12-03T08:00:00Z"));

        String text = text(renderer(List.of()), report).replaceAll("\\s+", " ");

        assertThat(text).contains("Alex (date of birth not given: read as an adult's)")
                .contains("morning · ECG: inconclusive 136 78", "evening · ECG: no sign of AFib 128 76")
                .contains("1 reading was taken with an ECG the device found inconclusive (named in the Period column; "
                        + "the device's own reading of its ECG). Such readings are in the averages above.");
        assertThat(text).containsOnlyOnce("ECG: inconclusive").doesNotContain("ECG: signs");
    }

    @Test
    void aFallbackFontThatIsNotThereOrNoFontStopsTheStart(@TempDir Path dir) throws IOException {
        Path collection = Files.writeString(dir.resolve("NotoSansCJK-Regular.ttc"), "not a font");
        assertThatThrownBy(() -> renderer(List.of(dir.resolve("missing.ttf"))))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("pulseboard.export.report-fonts").hasMessageContaining("is not a readable file");
        assertThatThrownBy(() -> renderer(List.of(collection))).isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("not a TrueType or OpenType font file");
    }

    @Test
    void twoPdfsAreMadeAtOnceAndAThirdWaitsThenHearsTheServerIsBusy() {
        BpReportRenderer renderer = renderer(List.of());
        try (var first = renderer.permit(); var second = renderer.permit()) {
            assertThatThrownBy(renderer::permit).as("after the 1 s wait of this renderer")
                    .isInstanceOf(ReportsBusy.class).hasMessageContaining("try again");
        }
        try (var again = renderer.permit()) {
            assertThat(again).as("free again once the others are done").isNotNull();
        }
    }

    private static BpReportRenderer renderer(List<Path> fonts) {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(templates);
        return new BpReportRenderer(engine, false, new ExportProperties(DataSize.ofMegabytes(100),
                DataSize.ofMegabytes(200), DataSize.ofMegabytes(500), 200, 2000, fonts, Duration.ofSeconds(1)),
                Runnable::run);
    }

    private static BpReport report(String name, String note) {
        return new BpReport(name, null, note, ZoneId.of("Asia/Shanghai"), LocalDate.of(2026, 11, 26),
                LocalDate.of(2026, 12, 2), null, "BPM Core", List.of(), HomeSeries.of(List.of(), null),
                List.of(), "", Instant.parse("2026-12-03T08:00:00Z"));
    }

    private static String text(BpReportRenderer renderer, BpReport report) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        renderer.pdf(report, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
