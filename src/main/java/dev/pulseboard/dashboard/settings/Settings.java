package dev.pulseboard.dashboard.settings;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.pulseboard.account.Accounts;
import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.UserSettings;
import dev.pulseboard.core.Zones;
import dev.pulseboard.dashboard.FieldErrors;
import dev.pulseboard.dashboard.unit.DistanceUnit;
import dev.pulseboard.dashboard.unit.TemperatureUnit;
import dev.pulseboard.dashboard.unit.WeightUnit;
import dev.pulseboard.health.measure.BpGuideline;
import dev.pulseboard.sync.MemberZones;

/**
 * The viewer's units and time zone, kept per user in the database (the account module's {@link UserSettings});
 * the locale is the browser's. Without a fixed zone, pages about a member use the member's Withings zone, and
 * otherwise the viewer's own (their member's, when their login is one and it is known: People, the audit log and
 * their tokens are then in their own time), else {@code pulseboard.dashboard.time-zone}, else the server's.
 */
@Component
public class Settings {

    private final Accounts accounts;
    private final MemberZones memberZones;
    private final ZoneId defaultZone;

    public Settings(Accounts accounts, MemberZones memberZones,
            @Value("${pulseboard.dashboard.time-zone:}") String zone) {
        this.accounts = accounts;
        this.memberZones = memberZones;
        this.defaultZone = zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
    }

    /**
     * The viewer's settings; {@code ownZone}: a page about no member, read in the viewer's own member's zone when no
     * zone is fixed (a member's pages are read in that member's, so the lookup is spared them).
     */
    public SettingsView of(CurrentUser user, Locale locale, boolean ownZone) {
        UserSettings s = user == null ? UserSettings.DEFAULTS : accounts.settings(user.userId());
        SettingsView view = view(s, locale == null ? Locale.ENGLISH : locale);
        if (!ownZone || s.fixedZone() != null || user == null || user.memberId() == null) {
            return view;
        }
        return memberZones.known(user.memberId()).map(view::asOwn).orElse(view);
    }

    public SettingsView view(UserSettings s, Locale locale) {
        var base = new SettingsView(WeightUnit.valueOf(s.mass().name()),
                TemperatureUnit.valueOf(s.temperature().name()), DistanceUnit.valueOf(s.distance().name()),
                defaultZone, locale, s.fixedZone(), SettingsView.ZoneSource.SERVER,
                BpGuideline.valueOf(s.guideline().name()));
        return s.fixedZone() == null ? base : base.forMember(null);
    }

    /**
     * Saves what the form sent; a blank zone means "each member's own zone", a blank guideline the one saved (a form
     * of an older page has none). Nothing is saved when a unit or guideline is not one of the form's or the zone is not
     * a time zone id: {@code errors} then says why, at each such field.
     */
    void update(CurrentUser user, String mass, String temperature, String distance, String zone, String guideline,
            FieldErrors errors) {
        Optional<WeightUnit> weight = WeightUnit.parse(mass);
        Optional<TemperatureUnit> degrees = TemperatureUnit.parse(temperature);
        Optional<DistanceUnit> length = DistanceUnit.parse(distance);
        notInTheList(weight, "unit", mass, errors);
        notInTheList(degrees, "temperature", temperature, errors);
        notInTheList(length, "distance", distance, errors);
        UserSettings saved = accounts.settings(user.userId());
        Optional<UserSettings.Guideline> reading = guideline == null || guideline.isBlank()
                ? Optional.of(saved.guideline())
                : BpGuideline.parse(guideline).map(g -> UserSettings.Guideline.valueOf(g.name()));
        notInTheList(reading, "guideline", guideline, errors);
        ZoneId fixed = null;
        if (zone != null && !zone.isBlank()) {
            try {
                fixed = Zones.ofTyped(zone);
            } catch (DateTimeException e) {
                errors.add("zone", "\u201c" + zone + "\u201d is not a time zone; use a name such as Europe/Paris or "
                        + "America/New_York, or leave it empty for each member's own zone. Nothing was saved.");
            }
        }
        if (errors.any()) {
            return;
        }
        accounts.updateSettings(user.userId(), new UserSettings(UserSettings.Mass.valueOf(weight.get().name()),
                UserSettings.Temperature.valueOf(degrees.get().name()),
                UserSettings.Distance.valueOf(length.get().name()), fixed, reading.get()));
    }

    /** A unit the form's list does not have (only a forged form sends one). */
    private static void notInTheList(Optional<?> unit, String field, String sent, FieldErrors errors) {
        if (unit.isEmpty()) {
            errors.add(field, "Choose the units from the lists: \u201c" + sent + "\u201d is not one of them. Nothing "
                    + "was saved.");
        }
    }
}
