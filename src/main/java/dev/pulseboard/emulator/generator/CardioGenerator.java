package dev.pulseboard.emulator.generator;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import dev.pulseboard.emulator.data.Device;
import dev.pulseboard.emulator.data.Ecg;
import dev.pulseboard.emulator.data.Measure;
import dev.pulseboard.emulator.data.MeasureGroup;
import dev.pulseboard.emulator.data.Night;
import dev.pulseboard.emulator.persona.Histories;
import dev.pulseboard.emulator.persona.Persona;
import dev.pulseboard.emulator.persona.Span;

/**
 * Blood pressure and ECGs: morning BPM Core readings on about four days a week (higher in winter and after a short
 * night), an ECG with blood pressure every couple of weeks, and an occasional ScanWatch ECG. In the last
 * {@link #PROTOCOL_DAYS} days before "today" (and, unless {@link Span#homeProtocolAhead()} says otherwise, the days
 * generated ahead) the persona follows the ESH home protocol: two readings a minute apart every morning and every
 * evening, so that demo mode shows a complete home blood-pressure report. AFib results are
 * mostly negative, sometimes inconclusive, rarely positive; each ECG's result also appears in getmeas (type 130).
 * One usual morning reading without ECG in ten is taken in the cuff's "auto" mode (attrib 5, the best of several),
 * drawn from a random source of its own so that every other reading stays as it was.
 */
public final class CardioGenerator {

    public record Result(List<MeasureGroup> groups, List<Ecg> ecgs) {
    }

    /** How many days before the span's anchor the home-protocol measuring starts. */
    public static final int PROTOCOL_DAYS = 28;

    private CardioGenerator() {
    }

    public static Result generate(Persona persona, Span span, Map<LocalDate, Night> nights) {
        Device cuff = persona.device(Device.BPM_CORE).orElse(null);
        Device watch = persona.device(Device.SCANWATCH).orElse(null);
        int years = Histories.years(persona);
        List<MeasureGroup> groups = new ArrayList<>();
        List<Ecg> ecgs = new ArrayList<>();
        if (cuff == null || years == 0) {
            return new Result(groups, ecgs);
        }
        SplittableRandom random = new SplittableRandom(persona.seed() * 7919 + 4);
        long grpid = 3_000_000_000L + persona.seed() * 1_000_000L + 500_000L;
        long signalId = 70_000_000L + persona.seed() * 100_000L;
        LocalDate protocolStart = span.anchor().minusDays(PROTOCOL_DAYS);
        LocalDate protocolEnd = span.homeProtocolAhead() ? span.until() : span.anchor();
        SplittableRandom protocol = new SplittableRandom(persona.seed() * 7919 + 5);
        SplittableRandom auto = new SplittableRandom(persona.seed() * 7919 + 6);
        long protocolGrpid = 3_000_000_000L + persona.seed() * 1_000_000L + 900_000L;
        for (LocalDate day = span.first(years); !day.isAfter(span.until()); day = day.plusDays(1)) {
            double shortfall = Histories.sleepShortfall(nights, day);
            double winter = -Histories.summer(day, persona.zone());
            int minutes = (int) (7 * 60 + 10 + random.nextGaussian() * 15);
            long date = day.atTime(LocalTime.ofSecondOfDay(Math.floorMod(minutes, 1440) * 60L))
                    .atZone(persona.zone()).toEpochSecond() + random.nextInt(60);
            // Diastolic follows systolic in part, as in a person: drawn apart, a day could read 105/89.
            double systolicSwing = random.nextGaussian() * 7;
            int systolic = (int) Math.round(124 + 3 * shortfall + 3 * winter + systolicSwing);
            int diastolic = (int) Math.round(79 + 2 * shortfall + 2 * winter + 0.4 * systolicSwing
                    + random.nextGaussian() * 4);
            int pulse = (int) Math.round(Histories.restingHeartRate(nights, day) + 8 + random.nextGaussian() * 3);
            boolean measured = random.nextDouble() < 0.55;
            boolean withEcg = random.nextDouble() < 0.12;
            int afib = afib(random.nextDouble());
            boolean watchEcg = watch != null && random.nextDouble() < 0.03;
            long created = date + 20 + random.nextInt(60);
            if (!day.isBefore(protocolStart) && !day.isAfter(protocolEnd)) {
                long evening = day.atTime(LocalTime.of(20, 0)).atZone(persona.zone()).toEpochSecond()
                        + protocol.nextInt(90 * 60) - 45 * 60;
                long[] times = { date, date + 60 + protocol.nextInt(20), evening, evening + 60 + protocol.nextInt(20) };
                for (int i = 0; i < times.length; i++) {
                    int lower = i < 2 ? 0 : 3;
                    int dia = diastolic - lower + (int) Math.round(protocol.nextGaussian() * 2);
                    int sys = systolic - lower + (int) Math.round(protocol.nextGaussian() * 3);
                    List<Measure> pair = new ArrayList<>(List.of(Measure.of(9, dia, 0), Measure.of(10, sys, 0),
                            Measure.of(11, pulse + (int) Math.round(protocol.nextGaussian() * 2), 0)));
                    if (i == 0 && measured && withEcg) {
                        // The ECG is of the same session: it carries that reading's blood pressure.
                        pair.add(Measure.of(130, afib, 0));
                        ecgs.add(new Ecg(++signalId, date, cuff, afib, pulse, sys, dia, created));
                        pair.addAll(intervals(signalId, afib, pulse));
                    }
                    long stored = times[i] + 20 + protocol.nextInt(60);
                    groups.add(new MeasureGroup(++protocolGrpid, MeasureGroup.ATTRIB_DEVICE, times[i], stored, stored,
                            MeasureGroup.REAL, cuff, List.copyOf(pair)));
                }
            } else if (measured) {
                List<Measure> measures = new ArrayList<>(List.of(Measure.of(9, diastolic, 0),
                        Measure.of(10, systolic, 0), Measure.of(11, pulse, 0)));
                if (withEcg) {
                    measures.add(Measure.of(130, afib, 0));
                    ecgs.add(new Ecg(++signalId, date, cuff, afib, pulse, systolic, diastolic, created));
                    measures.addAll(intervals(signalId, afib, pulse));
                }
                grpid += 1 + random.nextInt(5);
                int attrib = !withEcg && auto.nextDouble() < 0.1 ? MeasureGroup.ATTRIB_BPM_AUTO
                        : MeasureGroup.ATTRIB_DEVICE;
                groups.add(new MeasureGroup(grpid, attrib, date, created, created, MeasureGroup.REAL, cuff,
                        List.copyOf(measures)));
            }
            if (watchEcg) {
                long at = date + 11 * 3600 + random.nextInt(8 * 3600);
                ecgs.add(new Ecg(++signalId, at, watch, afib(random.nextDouble()), pulse + 10, null, null, at + 90));
            }
        }
        return new Result(groups, ecgs);
    }

    /**
     * The ECG's intervals in its group (types 135 to 138: QRS, PR, QT, QTc, in ms; withings-api.md §6), for a sinus
     * rhythm only: there is no PR interval in atrial fibrillation, nor a reliable QT in an inconclusive recording.
     * Drawn from the signal id, not from the persona's sequence, so that every other reading stays as it was.
     */
    private static List<Measure> intervals(long signalId, int afib, int pulse) {
        if (afib != 0) {
            return List.of();
        }
        SplittableRandom own = new SplittableRandom(signalId * 7919);
        int qt = 400 - 2 * (pulse - 60) + own.nextInt(30) - 15;
        int qtc = (int) Math.round(qt / Math.sqrt(60.0 / pulse));
        return List.of(Measure.of(135, 84 + own.nextInt(24), 0), Measure.of(136, 140 + own.nextInt(40), 0),
                Measure.of(137, qt, 0), Measure.of(138, qtc, 0));
    }

    private static int afib(double r) {
        return r < 0.015 ? 1 : r < 0.06 ? 2 : 0;
    }
}
