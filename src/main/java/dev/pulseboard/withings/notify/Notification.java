package dev.pulseboard.withings.notify;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * What a Withings webhook POST says (withings-api.md §5: form fields {@code userid}, {@code appli},
 * {@code startdate}/{@code enddate}, {@code date}, {@code deviceid}, {@code action}). Unsigned: map
 * {@code userId} to a known user, then fetch the data with that user's token (and prefer {@code lastupdate}
 * over the announced window).
 *
 * @param start the announced window's start, or null (appli 16 sends {@code date} instead)
 * @param date a local day when {@code date} is YYYY-MM-DD, else null
 * @param dateTime an instant when {@code date} is unix seconds (events such as bed in/out), else null
 * @param action for appli 46: delete, unlink or update; else null
 */
public record Notification(String userId, Appli appli, Instant start, Instant end, LocalDate date, Instant dateTime,
        String deviceId, String action) {

    /**
     * Reads the decoded form fields of a webhook request.
     *
     * @throws IllegalArgumentException when {@code userid} or {@code appli} is missing or not a number
     */
    public static Notification fromForm(Map<String, String> form) {
        String userId = trimmed(form.get("userid"));
        Long appli = number(form.get("appli"));
        if (userId == null || appli == null) {
            throw new IllegalArgumentException("a Withings notification needs userid and appli");
        }
        String date = trimmed(form.get("date"));
        Long epoch = number(date);
        return new Notification(userId, Appli.fromCode(appli.intValue()), instant(form.get("startdate")),
                instant(form.get("enddate")), epoch == null ? day(date) : null,
                epoch == null ? null : Instant.ofEpochSecond(epoch), trimmed(form.get("deviceid")),
                trimmed(form.get("action")));
    }

    private static Instant instant(String value) {
        Long seconds = number(value);
        return seconds == null ? null : Instant.ofEpochSecond(seconds);
    }

    private static Long number(String value) {
        String text = trimmed(value);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate day(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
