package dev.pulseboard.export.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaksAndReadsThemBack() {
        StringWriter out = new StringWriter();
        Csv.row(out, "plain", "a,b", "say \"hi\"", "two\nlines", null, new BigDecimal("80.500"));
        assertThat(out.toString()).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,80.5\n");
        assertThat(Csv.parse("plain,\"a,b\",\"say \"\"hi\"\"\",,80.5"))
                .containsExactly("plain", "a,b", "say \"hi\"", "", "80.5");
    }

    @Test
    void writesNumbersWithoutExponents() {
        StringWriter out = new StringWriter();
        Csv.row(out, new BigDecimal("1.2E+2"), new BigDecimal("0.00010"));
        assertThat(out.toString()).isEqualTo("120,0.0001\n");
    }
}
