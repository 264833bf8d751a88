package dev.pulseboard.core.api;

/**
 * The words of the JSON API's date parameters in its OpenAPI document: a parameter is a string there (the server
 * reads it strictly, and a bad one is a 400 that says why), so the document says which forms each takes.
 */
public final class ApiParameters {

    public static final String FROM_DAY_OR_INSTANT = "The first day to include (YYYY-MM-DD, a day of the member's "
            + "time zone) or an instant (ISO 8601 with its offset, such as 2026-03-01T07:30:00Z); without it, from "
            + "the oldest";
    public static final String TO_DAY_OR_INSTANT = "The last day to include (YYYY-MM-DD, inclusive) or an instant to "
            + "stop before (ISO 8601 with its offset; exclusive); without it, up to now";
    public static final String FROM_DAY = "The first day to include (YYYY-MM-DD, a day of the member's time zone); "
            + "without it, from the oldest";
    public static final String TO_DAY = "The last day to include (YYYY-MM-DD, inclusive); without it, up to the "
            + "newest";
    public static final String REPORT_FROM = "The report's first day (YYYY-MM-DD); without it, the seven days "
            + "ending on 'to', or on the last day with readings before today";
    public static final String REPORT_TO = "The report's last day (YYYY-MM-DD, inclusive; a day after today ends "
            + "it today); without it, six days after 'from', or the last day with readings before today";
    public static final String DAY = "A day (YYYY-MM-DD) of the member's time zone";

    private ApiParameters() {
    }
}
