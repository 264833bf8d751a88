package dev.pulseboard.emulator.protocol;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/** The parameters of a Withings call, from the query or the form body, parsed the way Withings answers them. */
public final class WithingsRequest {

    private final HttpServletRequest http;

    public WithingsRequest(HttpServletRequest http) {
        this.http = http;
    }

    public String action() {
        return text("action");
    }

    /** The access token from {@code Authorization: Bearer} or the {@code access_token} parameter. */
    public String accessToken() {
        String header = http.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).trim();
        }
        return text("access_token");
    }

    public String text(String name) {
        String value = http.getParameter(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String required(String name) {
        String value = text(name);
        if (value == null) {
            throw WithingsException.invalidParams("missing " + name);
        }
        return value;
    }

    public Long optionalLong(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw WithingsException.invalidParams(name + " must be an integer");
        }
    }

    public long requiredLong(String name) {
        Long value = optionalLong(name);
        if (value == null) {
            throw WithingsException.invalidParams("missing " + name);
        }
        return value;
    }

    public int offset() {
        Long offset = optionalLong("offset");
        if (offset != null && (offset < 0 || offset > Integer.MAX_VALUE)) {
            throw WithingsException.invalidParams("offset");
        }
        return offset == null ? 0 : offset.intValue();
    }

    public LocalDate optionalDate(String name) {
        String value = text(name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw WithingsException.invalidParams(name + " must be YYYY-MM-DD");
        }
    }

    public List<String> list(String name) {
        String value = text(name);
        return value == null ? List.of()
                : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public List<Integer> intList(String name) {
        try {
            return list(name).stream().map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            throw WithingsException.invalidParams(name + " must be a comma-separated list of integers");
        }
    }
}
