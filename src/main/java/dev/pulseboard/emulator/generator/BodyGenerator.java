package dev.pulseboard.emulator.generator;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import dev.pulseboard.emulator.data.Device;
import dev.pulseboard.emulator.data.Measure;
import dev.pulseboard.emulator.data.MeasureGroup;
import dev.pulseboard.emulator.persona.Persona;
import dev.pulseboard.emulator.persona.Span;

/**
 * Generates a persona's weigh-ins: near-daily mornings with a slow drift, winter and holiday bumps, a weekly rhythm
 * (heavier after the weekend), noise, body composition that follows the weight, and Withings' quirks (unit exponents
 * that vary, the same grpid twice with attrib 0 and 8, late uploads, goal groups, manual and ambiguous entries).
 * Body Scan weigh-ins look like a real Body Scan's: weight and fat ratio without a position, the whole-body
 * composition at position 7 with fat mass and muscle mass repeated, visceral fat and BMR, and five segments. A Body
 * Scan owner also takes its guided nerve-health assessment of the feet every four weeks, in the evening: a group of its
 * own with attrib 15 ("guided conditions", Withings' spec), the nerve health score (type 167) and electrodermal
 * activity of the feet (196), each also per foot (158/159 and 197/198, types client libraries list). Those groups draw
 * on a random source of their own, so the weigh-ins are the same with or without them; so does a Body Scan weigh-in's
 * pulse wave velocity (type 91). Height is sent in metres with the exponent -3, as real answers have it. Attribs
 * beyond 0/1/8 come from random sources of their own too (withings-api.md §6): on a shared scale, one weigh-in of the
 * user's own in eight is attrib 7 (the user confirmed it); one nerve-health assessment in four is attrib 17 (seen in
 * real data, mapped to 15 by client libraries).
 */
public final class BodyGenerator {

    private static final double[] WEEKLY = { 0.35, 0.15, 0.0, -0.1, -0.2, -0.05, 0.2 };
    private static final int[] SEGMENTS = { 2, 3, 10, 11, 12 };
    /** Shares of {@link #SEGMENTS} (right arm, left arm, left leg, right leg, torso): a right-handed body. */
    private static final double[] SEGMENT_SHARE = { 0.057, 0.054, 0.178, 0.182, 0.529 };
    /** What a Body Scan sends at position 7 ("whole body"): composition, waters, visceral fat, BMR. */
    private static final Set<Integer> SCAN_WHOLE_BODY = Set.of(5, 8, 76, 77, 88, 168, 169, 170, 226);
    /** What a Body Scan sends twice in one group, with the same type and position. */
    private static final Set<Integer> SCAN_REPEATED = Set.of(8, 76);
    /** Days between two nerve-health assessments on a Body Scan. */
    static final int NERVE_HEALTH_EVERY_DAYS = 28;

    private final Persona persona;
    private final Persona.BodyProfile body;
    private final SplittableRandom random;
    private final SplittableRandom nerves;
    private final SplittableRandom pulseWaves;
    private final SplittableRandom confirmations;
    private final SplittableRandom guided17;
    private final Span span;
    private final double[] wavePeriod = new double[3];
    private final double[] wavePhase = new double[3];
    private long grpid;
    private long nerveGrpid;

    public BodyGenerator(Persona persona, Span span) {
        this.persona = persona;
        this.body = persona.body();
        this.random = new SplittableRandom(persona.seed());
        this.nerves = new SplittableRandom(persona.seed() * 31 + 167);
        this.pulseWaves = new SplittableRandom(persona.seed() * 31 + 91);
        this.confirmations = new SplittableRandom(persona.seed() * 31 + 7);
        this.guided17 = new SplittableRandom(persona.seed() * 31 + 17);
        this.span = span;
        this.grpid = 3_000_000_000L + persona.seed() * 1_000_000L;
        this.nerveGrpid = grpid + 800_000L;
        for (int i = 0; i < wavePeriod.length; i++) {
            wavePeriod[i] = 250 + random.nextDouble() * 700;
            wavePhase[i] = random.nextDouble() * Math.PI * 2;
        }
    }

    /** Every group of the span, oldest first (the same prefix whatever the span's end). */
    public List<MeasureGroup> generate() {
        List<MeasureGroup> groups = new ArrayList<>();
        if (body == null) {
            return groups;
        }
        LocalDate start = span.anchor().minusYears(body.years());
        groups.add(manual(start, LocalTime.of(20, 0), MeasureGroup.ATTRIB_CREATION, MeasureGroup.REAL,
                Measure.of(4, body.height(), -3)));
        groups.add(manual(start, LocalTime.of(20, 1), MeasureGroup.ATTRIB_MANUAL, MeasureGroup.GOAL,
                Measure.of(1, body.weight() - 4, -3)));
        int days = (int) (span.anchor().toEpochDay() - start.toEpochDay());
        int last = (int) (span.until().toEpochDay() - start.toEpochDay());
        for (int i = 1; i <= last; i++) {
            LocalDate day = start.plusDays(i);
            double weight = weightOn(day, i);
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            if (random.nextDouble() < body.weekdayChance() - (weekend ? 0.2 : 0.0)) {
                weighIn(groups, day, weekend, weight, days - i < body.scanSinceDays());
            }
            if (days - i < body.scanSinceDays() && Math.floorMod(days - i, NERVE_HEALTH_EVERY_DAYS) == 3) {
                groups.add(nerveHealth(day, i));
            }
            if (random.nextDouble() < body.manualChance()) {
                groups.add(manual(day, LocalTime.of(21, random.nextInt(60)), MeasureGroup.ATTRIB_MANUAL,
                        MeasureGroup.REAL, Measure.of(1, Math.round(weight * 10) / 10.0, -2)));
            }
            if (i == days / 2) {
                groups.add(manual(day, LocalTime.of(19, 30), MeasureGroup.ATTRIB_MANUAL, MeasureGroup.GOAL,
                        Measure.of(1, body.weight() - 6, -3)));
            }
        }
        return groups;
    }

    private double weightOn(LocalDate day, int index) {
        double drift = -0.4 * index / 365.0;
        for (int w = 0; w < wavePeriod.length; w++) {
            drift += 1.1 * Math.sin(index * 2 * Math.PI / wavePeriod[w] + wavePhase[w]);
        }
        double seasonal = 0.6 * Math.cos(2 * Math.PI * (day.getDayOfYear() - 20) / 365.0);
        int sinceChristmas = day.getDayOfYear() <= 20 ? day.getDayOfYear() + 7 : day.getDayOfYear() - day.lengthOfYear() + 7;
        double holiday = sinceChristmas >= -6 && sinceChristmas <= 27 ? 1.4 * Math.exp(-Math.abs(sinceChristmas - 6) / 7.0) : 0;
        double weekly = WEEKLY[day.getDayOfWeek().getValue() - 1];
        return body.weight() + drift + seasonal + holiday + weekly + random.nextGaussian() * 0.3;
    }

    private void weighIn(List<MeasureGroup> groups, LocalDate day, boolean weekend, double weight, boolean scan) {
        int minutes = (int) (6 * 60 + 45 + (weekend ? 70 : 0) + random.nextGaussian() * 25);
        long date = day.atTime(LocalTime.ofSecondOfDay(Math.floorMod(minutes, 1440) * 60L + random.nextInt(60)))
                .atZone(persona.zone()).toEpochSecond();
        long created = date + (random.nextDouble() < 0.03 ? 3600 + random.nextInt(30 * 3600) : 5 + random.nextInt(90));
        long modified = random.nextDouble() < 0.01 ? created + 86_400 + random.nextInt(3 * 86_400) : created;
        boolean ambiguous = random.nextDouble() < body.ambiguousChance();
        double kg = ambiguous ? weight + 16 + random.nextGaussian() : weight;
        Device device = persona.device(scan ? Device.BODY_SCAN : Device.BODY_PLUS)
                .orElseGet(() -> persona.devices().get(0));
        List<Measure> measures = composition(kg, weight, scan);
        boolean confirmed = !ambiguous && body.ambiguousChance() > 0 && confirmations.nextDouble() < 0.125;
        int attrib = ambiguous ? MeasureGroup.ATTRIB_AMBIGUOUS
                : confirmed ? MeasureGroup.ATTRIB_CONFIRMED : MeasureGroup.ATTRIB_DEVICE;
        MeasureGroup group = new MeasureGroup(nextGrpid(), attrib, date, created, modified, MeasureGroup.REAL, device,
                measures);
        groups.add(group);
        if (!ambiguous && random.nextDouble() < 0.02) {
            groups.add(group.withAttrib(MeasureGroup.ATTRIB_SAME_AS_DEVICE));
        }
    }

    private List<Measure> composition(double kg, double ownWeight, boolean scan) {
        double u = random.nextDouble();
        int weightUnit = u < 0.85 ? -3 : u < 0.95 ? -2 : -4;
        double fatRatio = body.fatRatio() + 0.55 * (ownWeight - body.weight()) + random.nextGaussian() * 0.4;
        double fat = kg * fatRatio / 100;
        double ffm = kg - fat;
        double bone = ffm * 0.05;
        double water = ffm * 0.70;
        List<Measure> m = new ArrayList<>(List.of(Measure.of(1, kg, weightUnit),
                Measure.of(5, ffm, random.nextBoolean() ? -3 : -2), Measure.of(6, fatRatio, -3), Measure.of(8, fat, -2),
                Measure.of(76, ffm - bone, -2), Measure.of(77, water, -2), Measure.of(88, bone, -2)));
        if (scan) {
            m.add(Measure.of(170, 8 + 0.5 * (ownWeight - body.weight()) + random.nextGaussian() * 0.2, -1));
            m.add(Measure.of(155, body.age() - 2 + random.nextGaussian(), -1));
            // Pulse wave velocity (type 91, m/s, exponent -3), measured with the vascular age: rising slowly with age.
            m.add(Measure.of(91, 5.2 + 0.045 * body.age() + pulseWaves.nextGaussian() * 0.35, -3));
            m.add(Measure.of(168, water * 0.42, -2));
            m.add(Measure.of(169, water * 0.58, -2));
            m.add(Measure.of(226, 370 + 21.6 * ffm, 0));
            m.add(Measure.of(11, 66 + random.nextGaussian() * 4, 0));
            for (int s = 0; s < SEGMENTS.length; s++) {
                m.add(Measure.at(173, ffm * SEGMENT_SHARE[s], -2, SEGMENTS[s]));
                m.add(Measure.at(174, fat * SEGMENT_SHARE[s], -2, SEGMENTS[s]));
                m.add(Measure.at(175, (ffm - bone) * SEGMENT_SHARE[s], -2, SEGMENTS[s]));
            }
            return asBodyScan(m);
        }
        return List.copyOf(m);
    }

    /**
     * A guided nerve-health assessment (Body Scan): a score and electrodermal activity for both feet and each foot,
     * slowly drifting, the two feet a few points apart.
     */
    private MeasureGroup nerveHealth(LocalDate day, int index) {
        long date = day.atTime(LocalTime.of(18 + nerves.nextInt(2), nerves.nextInt(60), nerves.nextInt(60)))
                .atZone(persona.zone()).toEpochSecond();
        double score = 74 + 4 * Math.sin(index * 2 * Math.PI / 900) + nerves.nextGaussian() * 2;
        double skew = 2 + nerves.nextDouble() * 3;
        double conductance = 68 + 5 * Math.sin(index * 2 * Math.PI / 900) + nerves.nextGaussian() * 2.5;
        double spread = 1 + nerves.nextDouble() * 4;
        List<Measure> measures = List.of(Measure.of(167, Math.round(score), 0),
                Measure.of(158, Math.round(score - skew / 2), 0), Measure.of(159, Math.round(score + skew / 2), 0),
                Measure.of(196, conductance, -3), Measure.of(197, conductance - spread / 2, -3),
                Measure.of(198, conductance + spread / 2, -3));
        Device device = persona.device(Device.BODY_SCAN).orElseGet(() -> persona.devices().get(0));
        nerveGrpid += 1 + nerves.nextInt(9);
        long created = date + 5 + nerves.nextInt(60);
        int attrib = guided17.nextDouble() < 0.25 ? MeasureGroup.ATTRIB_GUIDED_17 : MeasureGroup.ATTRIB_GUIDED;
        return new MeasureGroup(nerveGrpid, attrib, date, created, created, MeasureGroup.REAL, device, measures);
    }

    /** Whole-body composition moved to position 7, and the repeated measures added after it, as Body Scans do. */
    private static List<Measure> asBodyScan(List<Measure> measures) {
        List<Measure> scan = new ArrayList<>(measures.size() + SCAN_REPEATED.size());
        List<Measure> repeats = new ArrayList<>();
        for (Measure m : measures) {
            Measure placed = SCAN_WHOLE_BODY.contains(m.type()) ? m.at(Measure.WHOLE_BODY) : m;
            scan.add(placed);
            if (SCAN_REPEATED.contains(m.type())) {
                repeats.add(placed);
            }
        }
        int firstSegment = (int) scan.stream().takeWhile(m -> m.wholeBody()).count();
        scan.addAll(firstSegment, repeats);
        return List.copyOf(scan);
    }

    private MeasureGroup manual(LocalDate day, LocalTime time, int attrib, int category, Measure measure) {
        long date = day.atTime(time).atZone(persona.zone()).toEpochSecond();
        return new MeasureGroup(nextGrpid(), attrib, date, date + 3, date + 3, category, null, List.of(measure));
    }

    private long nextGrpid() {
        grpid += 1 + random.nextInt(9);
        return grpid;
    }
}
