package dev.pulseboard.withings;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A load run (not a test): decodes a 300-group getmeas page and a 300-night sleep summary page, from bytes to
 * records, many times, and prints the median and 99th percentile per page. Target: each within 2 ms. Run with
 * the test classpath, e.g. {@code java -cp target/test-classes:target/classes:$(cat cp.txt)
 * dev.pulseboard.withings.DecodeBenchmark}; the figures go in docs/withings-client.md.
 */
public final class DecodeBenchmark {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private DecodeBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        byte[] measures = measurePage(300).getBytes(StandardCharsets.UTF_8);
        byte[] nights = sleepSummaryPage(300).getBytes(StandardCharsets.UTF_8);
        System.out.printf("getmeas page: %d bytes, sleep summary page: %d bytes%n", measures.length, nights.length);
        report("getmeas 300 groups", measures, body -> MeasureDecoder.page(body).groups().size(), rounds);
        report("getsummary 300 nights", nights,
                body -> SleepSummaryPage.decode(body, "series").summaries().size(), rounds);
        report("getsummary parse only", nights, body -> body.get("series").size(), rounds);
    }

    private static void report(String name, byte[] json, Function<JsonNode, Integer> decode, int rounds) {
        long[] nanos = new long[rounds];
        int checksum = 0;
        for (int warmup = 0; warmup < rounds; warmup++) {
            checksum += decode.apply(MAPPER.readTree(json).get("body"));
        }
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            checksum += decode.apply(MAPPER.readTree(json).get("body"));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%s: median %.3f ms, p99 %.3f ms, max %.3f ms (%d rounds, checksum %d)%n", name,
                nanos[rounds / 2] / 1e6, nanos[rounds * 99 / 100] / 1e6, nanos[rounds - 1] / 1e6, rounds, checksum);
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
                    .append(java.time.LocalDate.ofEpochDay(start / 86400 + 1)).append("\",\"created\":")
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
