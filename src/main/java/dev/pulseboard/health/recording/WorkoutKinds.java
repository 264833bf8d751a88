package dev.pulseboard.health.recording;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Names of Withings' workout categories (the common ones); others are shown by their number. Read back from a file
 * by number, by these names, or by the "-ing" names Withings' own archive writes ("Walking").
 */
public final class WorkoutKinds {

    private static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(1, "Walk"), Map.entry(2, "Run"),
            Map.entry(3, "Hiking"), Map.entry(4, "Skating"), Map.entry(5, "BMX"), Map.entry(6, "Cycling"),
            Map.entry(7, "Swimming"), Map.entry(8, "Surfing"), Map.entry(9, "Kitesurfing"),
            Map.entry(10, "Windsurfing"), Map.entry(12, "Tennis"), Map.entry(13, "Table tennis"),
            Map.entry(14, "Squash"), Map.entry(15, "Badminton"), Map.entry(16, "Weights"),
            Map.entry(17, "Calisthenics"), Map.entry(18, "Elliptical"), Map.entry(19, "Pilates"),
            Map.entry(20, "Basketball"), Map.entry(21, "Soccer"), Map.entry(22, "Football"), Map.entry(23, "Rugby"),
            Map.entry(24, "Volleyball"), Map.entry(26, "Horse riding"), Map.entry(27, "Golf"), Map.entry(28, "Yoga"),
            Map.entry(29, "Dancing"), Map.entry(30, "Boxing"), Map.entry(34, "Skiing"),
            Map.entry(35, "Snowboarding"), Map.entry(36, "Other"), Map.entry(187, "Rowing"), Map.entry(188, "Zumba"),
            Map.entry(191, "Baseball"), Map.entry(192, "Handball"), Map.entry(193, "Hockey"),
            Map.entry(195, "Climbing"), Map.entry(196, "Ice skating"), Map.entry(272, "Multi-sport"),
            Map.entry(306, "Indoor walk"), Map.entry(307, "Indoor run"), Map.entry(308, "Indoor cycling"));

    private static final Map<String, Integer> BY_NAME = new HashMap<>();

    static {
        NAMES.forEach((category, name) -> BY_NAME.put(key(name), category));
        Map.of("walking", 1, "running", 2, "cycling", 6, "biking", 6, "swim", 7, "weightlifting", 16,
                "lift weights", 16, "dance", 29, "indoor walking", 306, "indoor running", 307)
                .forEach((name, category) -> BY_NAME.put(key(name), category));
    }

    private WorkoutKinds() {
    }

    public static String name(int category) {
        return NAMES.getOrDefault(category, "Workout (category " + category + ")");
    }

    /** A category from its number or its name (any case); empty when it is neither. */
    public static Optional<Integer> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.matches("\\d{1,4}")) {
            return Optional.of(Integer.valueOf(t));
        }
        return Optional.ofNullable(BY_NAME.get(key(t)));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('-', ' ').strip();
    }
}
