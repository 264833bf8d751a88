package dev.pulseboard.withings;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import tools.jackson.databind.json.JsonMapper;

import dev.pulseboard.withings.measure.MeasureDecoder;
import dev.pulseboard.withings.measure.MeasurePage;
import dev.pulseboard.withings.sleep.SleepSummaryPage;
import dev.pulseboard.withings.transport.DataFields;

/**
 * JMH benchmark (not a test): decoding a 300-group getmeas page and a 300-night sleep-summary page, from the bytes
 * of the HTTP body to records, as the client does. Target: each within 2 ms. Run as BENCHMARKS.md says:
 * {@code ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt} then
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main DecodeBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode({ Mode.AverageTime, Mode.SampleTime })
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgs = { "-Xms64m", "-Xmx320m", "-XX:+UseSerialGC" })
public class DecodeBenchmark {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private byte[] measures;
    private byte[] nights;

    @Setup
    public void pages() {
        measures = measurePage(300).getBytes(StandardCharsets.UTF_8);
        nights = sleepSummaryPage(300).getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public MeasurePage getmeas300Groups() {
        return MeasureDecoder.page(MAPPER.readTree(measures).get("body"));
    }

    /** The JSON parse alone, to tell Jackson's share from the decoders'. */
    @Benchmark
    public Object getsummary300NightsParseOnly() {
        return MAPPER.readTree(nights).get("body");
    }

    @Benchmark
    public SleepSummaryPage getsummary300Nights() {
        return SleepSummaryPage.decode(MAPPER.readTree(nights).get("body"), "series");
    }

    static String measurePage(int groups) {
        StringBuilder json = new StringBuilder("{\"status\":0,\"body\":{\"updatetime\":1772366400,"
                + "\"timezone\":\"Europe/Berlin\",\"more\":1,\"offset\":" + groups + ",\"measuregrps\":[");
        for (int g = 0; g < groups; g++) {
            long date = 1700000000L + g * 86400L;
            json.append(g == 0 ? "" : ",").append("{\"grpid\":").append(5_000_000 + g)
                    .append(",\"attrib\":0,\"date\":").append(date).append(",\"created\":").append(date + 30)
                    .append(",\"modified\":").append(date + 60).append(",\"category\":1,")
                    .append("\"deviceid\":\"4b1d6a7c0e2f3a9b8c7d6e5f4a3b2c1d0e9f8a7b\",")
                    .append("\"hash_deviceid\":\"4b1d6a7c0e2f3a9b8c7d6e5f4a3b2c1d0e9f8a7b\",\"modelid\":6,")
                    .append("\"model\":\"Body Cardio\",\"comment\":null,\"measures\":[");
            int[][] measures = {{1, 72345 + g, -3}, {5, 5612, -2}, {6, 2150, -2}, {8, 1555, -2}, {76, 5301, -2},
                {77, 3902, -2}, {88, 301, -2}, {11, 64, 0}, {91, 7123, -3}};
            for (int m = 0; m < measures.length; m++) {
                json.append(m == 0 ? "" : ",").append("{\"value\":").append(measures[m][1]).append(",\"type\":")
                        .append(measures[m][0]).append(",\"unit\":").append(measures[m][2])
                        .append(",\"algo\":0,\"fm\":131}");
            }
            json.append("]}");
        }
        return json.append("]}}").toString();
    }

    static String sleepSummaryPage(int nights) {
        StringBuilder json = new StringBuilder("{\"status\":0,\"body\":{\"more\":true,\"offset\":" + nights
                + ",\"series\":[");
        for (int n = 0; n < nights; n++) {
            long start = 1700000000L + n * 86400L;
            json.append(n == 0 ? "" : ",").append("{\"id\":").append(3_000_000 + n)
                    .append(",\"timezone\":\"Europe/Berlin\",\"model\":32,\"model_id\":63,")
                    .append("\"hash_deviceid\":\"d3adb33fd3adb33fd3adb33fd3adb33fd3adb33f\",\"startdate\":")
                    .append(start).append(",\"enddate\":").append(start + 28800).append(",\"date\":\"")
                    .append(LocalDate.ofEpochDay(start / 86400 + 1)).append("\",\"created\":")
                    .append(start + 29000).append(",\"modified\":").append(start + 29100)
                    .append(",\"completed\":true,\"data\":{");
            String[] fields = DataFields.SLEEP_SUMMARY.toArray(String[]::new);
            for (int f = 0; f < fields.length; f++) {
                String value = switch (fields[f]) {
                    case "sleep_efficiency" -> "0.87";
                    case "core_body_temperature_status" -> "\"usual\"";
                    case "night_events" -> "{\"1\":[0],\"2\":[900],\"3\":[10800,20000],\"4\":[28800]}";
                    default -> Integer.toString(100 + f + n);
                };
                json.append(f == 0 ? "" : ",").append('"').append(fields[f]).append("\":").append(value);
            }
            json.append("}}");
        }
        return json.append("]}}").toString();
    }
}
