package dev.pulseboard.dashboard.ecg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class EcgPaperTests {

    @Test
    void drawsTwentyFiveMillimetresASecondInRowsOfTenSeconds() {
        int hz = 300;
        EcgStripView strip = EcgPaper.layout(new int[30 * hz], hz);
        assertThat(strip.rows()).hasSize(3);
        assertThat(strip.seconds()).isEqualTo(30);
        assertThat(strip.widthMm()).isEqualTo(EcgPaper.MARGIN_MM + 250);
        assertThat(EcgPaper.x(hz, hz) - EcgPaper.x(0, hz)).as("one second").isCloseTo(25, within(1e-9));
        assertThat(EcgPaper.x(hz / 25, hz) - EcgPaper.x(0, hz)).as("one small square: 0.04 s")
                .isCloseTo(EcgPaper.MINOR_MM, within(1e-9));
        assertThat(strip.rows()).extracting(EcgStripView.Row::startSecond).containsExactly(0, 10, 20);
        assertThat(strip.rows()).extracting(EcgStripView.Row::samples).containsExactly(3000, 3000, 3000);
        assertThat(points(strip.rows().get(0))).hasSize(3000);
    }

    @Test
    void drawsTenMillimetresAMillivoltUpwardsFromTheBaseline() {
        int[] signal = new int[500];
        signal[250] = 1000; // 1 mV, at half a second
        signal[251] = -500;
        EcgStripView strip = EcgPaper.layout(signal, 500);
        EcgStripView.Row row = strip.rows().get(0);
        String[] points = points(row);
        assertThat(points[0]).isEqualTo(EcgPaper.MARGIN_MM + "," + row.baselineMm());
        assertThat(points[250]).isEqualTo((EcgPaper.MARGIN_MM + 12.5) + "," + (row.baselineMm() - 10));
        assertThat(Double.parseDouble(points[251].split(",")[1])).isCloseTo(row.baselineMm() + 5, within(1e-9));
        assertThat(strip.calibration(row)).as("1 mV pulse, 0.2 s wide")
                .isEqualTo("M1 " + row.baselineMm() + " H2.5 V" + (row.baselineMm() - 10) + " H7.5 V"
                        + row.baselineMm() + " H9");
    }

    @Test
    void rowsAreWholeLargeSquaresTallSoTheGridRunsOnAcrossRows() {
        int[] signal = new int[10 * 500 + 1];
        Arrays.fill(signal, 0);
        signal[10] = 1700;
        signal[20] = -900;
        EcgStripView strip = EcgPaper.layout(signal, 500);
        assertThat(strip.rows()).hasSize(2);
        assertThat(strip.rowHeightMm() % EcgPaper.MAJOR_MM).isZero();
        assertThat(strip.heightMm()).isEqualTo(2 * strip.rowHeightMm());
        assertThat(strip.rows().get(1).topMm()).isEqualTo(strip.rowHeightMm());
        EcgStripView.Row first = strip.rows().get(0);
        assertThat(first.baselineMm() - 17).as("the peak fits in the row").isGreaterThanOrEqualTo(first.topMm());
        assertThat(first.baselineMm() + 9).isLessThanOrEqualTo(first.topMm() + strip.rowHeightMm());
        assertThat(strip.viewBox()).isEqualTo("0 0 " + strip.widthMm() + " " + strip.heightMm());
    }

    @Test
    void clipsWildValuesToTheirRowAndRefusesAFrequencyOfZero() {
        int[] signal = { 0, 90_000, -90_000 };
        EcgStripView strip = EcgPaper.layout(signal, 500);
        EcgStripView.Row row = strip.rows().get(0);
        assertThat(strip.rowHeightMm()).isEqualTo(EcgPaper.ROW_MAX_MM);
        String[] p = points(row);
        assertThat(Double.parseDouble(p[1].split(",")[1])).isEqualTo(row.topMm());
        assertThat(Double.parseDouble(p[2].split(",")[1])).isEqualTo(row.topMm() + strip.rowHeightMm());
        assertThatThrownBy(() -> EcgPaper.layout(signal, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String[] points(EcgStripView.Row row) {
        return row.points().split(" ");
    }
}
