package dev.pulseboard.export;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Export and import settings ({@code pulseboard.export.*}).
 *
 * @param maxUploadSize the largest archive an import accepts (also the multipart limit)
 * @param maxEntrySize the most one file inside the archive may unpack to
 * @param maxTotalSize the most the files Pulseboard reads may unpack to, together
 * @param maxRatio the largest unpacked/packed ratio of a file before it counts as a ZIP bomb
 * @param maxEntries the most files an archive may list
 * @param reportFonts TrueType or OpenType font files (.ttf, .otf) the report's PDF falls back to for letters its own
 *        font lacks (Chinese, Japanese, Korean, Thai, Devanagari, ...), in order; none by default
 * @param pdfWait how long a PDF report asked for waits while the server makes as many as it makes at once (two),
 *        before it answers 503 (busy, try again)
 */
@ConfigurationProperties("pulseboard.export")
public record ExportProperties(@DefaultValue("100MB") DataSize maxUploadSize,
        @DefaultValue("200MB") DataSize maxEntrySize, @DefaultValue("500MB") DataSize maxTotalSize,
        @DefaultValue("200") int maxRatio, @DefaultValue("2000") int maxEntries,
        @DefaultValue List<Path> reportFonts, @DefaultValue("30s") Duration pdfWait) {
}
