package dev.pulseboard.sync.fetch;

import java.time.Instant;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.daily.ActivityDay;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.withings.oauth.AccessTokens;
import dev.pulseboard.withings.activity.Activity;
import dev.pulseboard.withings.DateQuery;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.WithingsClient;

/** Daily activity (getactivity): steps, distance, elevation, calories, intensity minutes; the local date. */
@Component
@Order(3)
class ActivitySync extends PagedSync<Activity> {

    /** Withings' brand of data another app sent it (withings-api.md §4.2: 1 Withings, 18 external). */
    private static final int EXTERNAL_BRAND = 18;

    private final WithingsClient client;
    private final DailyData store;

    ActivitySync(WithingsClient client, DailyData store, StoreStep step) {
        super(step);
        this.client = client;
        this.store = store;
    }

    @Override
    public String dataType() {
        return "activity";
    }

    @Override
    Fetched<Activity> fetch(MemberId member, AccessTokens tokens, Instant since, int offset, Priority priority) {
        var page = client.activity(tokens, DateQuery.updatedSince(since), offset, priority);
        return new Fetched<>(page.activities(), page.more(), page.offset());
    }

    @Override
    int store(MemberId member, String account, List<Activity> activities) {
        List<ActivityDay> days = activities.stream().filter(a -> a.date() != null).map(ActivitySync::day).toList();
        store.storeActivity(member, account, days);
        return days.size();
    }

    static ActivityDay day(Activity a) {
        return new ActivityDay(a.date(), a.timezone() == null ? null : a.timezone().getId(), a.steps(), a.distance(),
                a.elevation(), a.calories(), a.totalCalories(), a.soft(), a.moderate(), a.intense(), a.hrAverage(),
                a.modified(), source(a));
    }

    /** The device's model, or another app's name marked so (brand 18: Google Fit and the like, no heart rate). */
    static String source(Activity a) {
        String model = a.model() == null || a.model().isBlank() ? null : a.model().strip();
        if (a.brand() != null && a.brand() == EXTERNAL_BRAND) {
            return (model == null ? "An app" : model) + " (another app)";
        }
        return model;
    }

    @Override
    Instant modified(Activity item) {
        return item.modified();
    }
}
