package dev.pulseboard.dashboard;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The viewer's unit and time zone. Kept in the browser session until users have a settings column in the
 * database; the locale is the browser's. The default zone is {@code pulseboard.dashboard.time-zone}, else the
 * server's.
 */
@Component
class Settings {

    static final String UNIT = "pulseboard.weightUnit";
    static final String ZONE = "pulseboard.zone";

    private final ZoneId defaultZone;

    Settings(@Value("${pulseboard.dashboard.time-zone:}") String zone) {
        this.defaultZone = zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
    }

    SettingsView of(HttpSession session, Locale locale) {
        Object unit = session == null ? null : session.getAttribute(UNIT);
        Object zone = session == null ? null : session.getAttribute(ZONE);
        return new SettingsView(unit instanceof WeightUnit u ? u : WeightUnit.KG,
                zone instanceof ZoneId z ? z : defaultZone, locale == null ? Locale.ENGLISH : locale);
    }

    /** Stores what can be read; returns false when the zone is not a time zone id (the unit always parses). */
    boolean update(HttpSession session, String unit, String zone) {
        session.setAttribute(UNIT, WeightUnit.parse(unit));
        if (zone == null || zone.isBlank()) {
            return true;
        }
        try {
            session.setAttribute(ZONE, ZoneId.of(zone.strip()));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
