package dev.pulseboard.emulator.generator;

import java.util.SplittableRandom;

import dev.pulseboard.emulator.data.Ecg;

/**
 * A synthetic single-lead ECG in µV: P, QRS and T waves as Gaussian bumps on every beat, slight baseline wander and
 * noise, with regular beats (small respiratory variability) or, for a positive AFib result, irregular beats and no
 * P wave.
 */
public final class EcgSignal {

    private static final double[][] WAVES = { // centre (s from R), width (s), amplitude (µV)
            { -0.20, 0.025, 120 }, { -0.035, 0.010, -120 }, { 0.0, 0.012, 1150 }, { 0.035, 0.012, -260 },
            { 0.26, 0.045, 300 } };

    private EcgSignal() {
    }

    public static int[] of(Ecg ecg) {
        int rate = ecg.samplingFrequency();
        int[] signal = new int[rate * ecg.seconds()];
        SplittableRandom random = new SplittableRandom(ecg.signalId());
        double meanInterval = 60.0 / Math.max(40, ecg.heartRate());
        boolean afib = ecg.afib() == 1;
        double beat = 0.3;
        while (beat < ecg.seconds() + 1) {
            addBeat(signal, rate, beat, afib);
            double jitter = afib ? random.nextDouble() * 0.6 - 0.3 : random.nextGaussian() * 0.03;
            beat += meanInterval * (1 + jitter);
        }
        for (int i = 0; i < signal.length; i++) {
            double t = (double) i / rate;
            signal[i] += (int) Math.round(40 * Math.sin(2 * Math.PI * 0.25 * t) + random.nextGaussian() * 12);
        }
        return signal;
    }

    private static void addBeat(int[] signal, int rate, double r, boolean afib) {
        for (double[] wave : WAVES) {
            if (afib && wave == WAVES[0]) {
                continue;
            }
            double centre = r + wave[0];
            int from = Math.max(0, (int) ((centre - 4 * wave[1]) * rate));
            int to = Math.min(signal.length, (int) ((centre + 4 * wave[1]) * rate) + 1);
            for (int i = from; i < to; i++) {
                double x = ((double) i / rate - centre) / wave[1];
                signal[i] += (int) Math.round(wave[2] * Math.exp(-0.5 * x * x));
            }
        }
    }
}
