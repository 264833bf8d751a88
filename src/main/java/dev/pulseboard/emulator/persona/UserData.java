package dev.pulseboard.emulator.persona;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import dev.pulseboard.emulator.data.ActivityDay;
import dev.pulseboard.emulator.data.MeasureGroup;
import dev.pulseboard.emulator.endpoint.GroupJsonCache;

/**
 * One user's living data: a history generated from the persona's seed and an anchor day, a few days past "now", of
 * which only the part uploaded by the emulator's clock is visible ({@link #at}). When the clock nears the end of the
 * history, the history is extended without changing its past. Writes (admin readings, deletions) replace the
 * immutable history, so concurrent reads never see a half-written list.
 */
public final class UserData {

    /** How close (in days) the clock may come to the end of the generated history before it is extended. */
    private static final int MARGIN_DAYS = 2;
    /**
     * Where the admin API's ids start within a persona's million: past the generated ones (weigh-ins from 0,
     * blood pressure from 500,000, the home protocol's from 900,000, four a day: 34 years before it got here).
     */
    private static final long ADMIN_IDS = 950_000L;

    private record Cached(long version, long syncedAt, UserView view) {
    }

    private final Persona persona;
    private final LocalDate anchor;
    private final boolean homeProtocolAhead;
    private final GroupJsonCache groupJson = new GroupJsonCache();
    private volatile History history;
    private volatile Timeline timeline;
    private volatile long edits;
    private volatile Cached cached;
    private volatile ZoneId profileZone;
    private long watermark;
    private long adminIds;

    private UserData(Persona persona, LocalDate anchor, boolean homeProtocolAhead, History history, long now) {
        this.persona = persona;
        this.anchor = anchor;
        this.homeProtocolAhead = homeProtocolAhead;
        this.history = history;
        this.timeline = Timeline.of(history, persona.zone());
        this.watermark = now;
    }

    /**
     * The persona's data anchored to the local day of {@code now}; uploads up to {@code now} count as old news.
     * {@code homeProtocolAhead}: see {@link Span#homeProtocolAhead()}.
     */
    public static UserData generate(Persona persona, Instant now, boolean homeProtocolAhead) {
        LocalDate today = now.atZone(persona.zone()).toLocalDate();
        History history = PersonaGenerator.generate(persona,
                new Span(today, today.plusDays(Span.AHEAD_DAYS), homeProtocolAhead));
        return new UserData(persona, today, homeProtocolAhead, history, now.getEpochSecond());
    }

    Persona persona() {
        return persona;
    }

    /** The whole history, including what the clock has not reached yet. */
    History history() {
        return history;
    }

    /** The data as visible at {@code now} (epoch seconds); extends the history first when the clock nears its end. */
    public UserView at(long now) {
        extendFor(now);
        long version = (edits << 32) | timeline.countUpTo(now);
        long syncedAt = Math.floorDiv(now, 3600) * 3600;
        Cached last = cached;
        if (last != null && last.version() == version && last.syncedAt() == syncedAt) {
            return last.view();
        }
        History h = history;
        List<MeasureGroup> groups = new ArrayList<>();
        for (MeasureGroup g : h.groups()) {
            if (g.created() <= now) {
                groups.add(g.modified() <= now ? g : g.withModified(g.created()));
            }
        }
        List<ActivityDay> days = new ArrayList<>();
        for (ActivityDay d : h.days()) {
            if (d.modified() <= now) {
                days.add(d);
                continue;
            }
            long midnight = d.date().atStartOfDay(persona.zone()).toEpochSecond();
            if (syncedAt >= midnight + 3600) {
                days.add(d.partial(Math.min(1.0, (syncedAt - midnight) / 86_400.0), syncedAt));
            }
        }
        UserView view = new UserView(persona, List.copyOf(groups),
                h.nights().stream().filter(n -> n.created() <= now).toList(), List.copyOf(days),
                h.workouts().stream().filter(w -> w.modified() <= now).toList(),
                h.ecgs().stream().filter(e -> e.modified() <= now).toList(), version, groupJson,
                profileZone == null ? persona.zone() : profileZone);
        cached = new Cached(version, syncedAt, view);
        return view;
    }

    /** Generates more days when the clock comes within {@value #MARGIN_DAYS} days of the end of the history. */
    void extendFor(long now) {
        LocalDate today = Instant.ofEpochSecond(now).atZone(persona.zone()).toLocalDate();
        if (!today.plusDays(MARGIN_DAYS).isAfter(history.until())) {
            return;
        }
        synchronized (this) {
            if (today.plusDays(MARGIN_DAYS).isAfter(history.until())) {
                History longer = PersonaGenerator.generate(persona,
                        new Span(anchor, today.plusDays(Span.AHEAD_DAYS), homeProtocolAhead));
                history = history.extendedBy(longer, persona.zone());
                timeline = Timeline.of(history, persona.zone());
            }
        }
    }

    /** Applies an admin change (a reading added or deleted, a night, day, workout or ECG recorded). */
    synchronized void edit(UnaryOperator<History> change) {
        history = change.apply(history);
        edits++;
    }

    /**
     * The user set another time zone in their Withings profile (moved; null: back to the persona's): what they
     * recorded keeps its own zone, but getmeas names the new one for every group from now on.
     */
    synchronized void moveProfile(ZoneId zone) {
        profileZone = zone;
        edits++;
    }

    /** A fresh id for an item added through the admin API, apart from every generated one. */
    synchronized long nextAdminId(long base) {
        return base + persona.seed() * 1_000_000L + ADMIN_IDS + ++adminIds;
    }

    /**
     * The uploads since the last call (or since the data was generated) up to {@code now}, which count as done. When
     * the clock has moved back, nothing: the uploads will happen again when it moves past them.
     */
    synchronized List<Timeline.Upload> uploadsUpTo(long now) {
        extendFor(now);
        List<Timeline.Upload> uploads = new ArrayList<>();
        if (now > watermark) {
            uploads.addAll(timeline.between(watermark, now));
            uploads.addAll(watchSyncs(watermark, now));
        }
        watermark = now;
        return uploads;
    }

    /**
     * The watch's hourly syncs in {@code (after, upTo]} of days still under way: each changes the day's activity
     * (the view shows it partial, with a new {@code modified}), so each is notified as activity, as the day's last
     * upload is. One per day: the notifications of a catch-up are merged per local day anyway.
     */
    private List<Timeline.Upload> watchSyncs(long after, long upTo) {
        long lastHour = Math.floorDiv(upTo, 3600) * 3600;
        List<Timeline.Upload> syncs = new ArrayList<>();
        List<ActivityDay> days = history.days();
        for (int i = days.size() - 1; i >= 0 && lastHour > after; i--) {
            ActivityDay d = days.get(i);
            if (d.modified() <= after) {
                break;
            }
            long midnight = d.date().atStartOfDay(persona.zone()).toEpochSecond();
            long sync = Math.min(lastHour, Math.floorDiv(d.modified() - 1, 3600) * 3600);
            if (sync > after && sync >= midnight + 3600) {
                syncs.add(new Timeline.Upload(sync, 16, midnight, midnight + 86_400,
                        Timeline.Upload.of(d.device())));
            }
        }
        return syncs;
    }
}
