package dev.pulseboard.export.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The blood-pressure report asked for without {@code format=}: the PDF only when the Accept header prefers it. */
class ReportFormatTests {

    @ParameterizedTest(name = "Accept: {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "none | html",
        "application/pdf | pdf",
        "application/pdf, */* | pdf",
        "application/pdf;q=0.9, text/html;q=0.5 | pdf",
        "text/html, application/pdf | html",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | html",
        "*/* | html",
        "application/json | html",
        "application/pdf;q=0 | html",
        "not a media type;;; | html",
    })
    void picksThePdfOnlyWhenTheClientPrefersIt(String accept, String format) {
        assertThat(ExportApiController.reportFormat(accept)).isEqualTo(format);
    }
}
