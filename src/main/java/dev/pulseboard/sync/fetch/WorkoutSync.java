package dev.pulseboard.sync.fetch;

import java.time.Instant;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.recording.ActivityDetail;
import dev.pulseboard.health.daily.WorkoutSession;
import dev.pulseboard.withings.oauth.AccessTokens;
import dev.pulseboard.withings.DateQuery;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.activity.Workout;
import dev.pulseboard.withings.WithingsClient;

/**
 * Workouts (getworkouts) from a lastupdate cursor. Withings notifies them as activity (appli 16), with a date and
 * nothing that tells a workout from the day's steps, so they are fetched in every activity run: at most once per
 * {@code pulseboard.sync.activity-interval} after notifications, and in every full run.
 */
@Component
@Order(6)
class WorkoutSync extends PagedSync<Workout> {

    private final WithingsClient client;
    private final ActivityDetail store;

    WorkoutSync(WithingsClient client, ActivityDetail store, StoreStep step) {
        super(step);
        this.client = client;
        this.store = store;
    }

    @Override
    public String dataType() {
        return "activity";
    }

    @Override
    String cursorName() {
        return "workouts";
    }

    @Override
    Fetched<Workout> fetch(MemberId member, AccessTokens tokens, Instant since, int offset, Priority priority) {
        var page = client.workouts(tokens, DateQuery.updatedSince(since), offset, priority);
        return new Fetched<>(page.workouts(), page.more(), page.offset());
    }

    @Override
    int store(MemberId member, String account, List<Workout> workouts) {
        var sessions = workouts.stream().filter(w -> w.start() != null && w.end() != null)
                .map(w -> new WorkoutSession(w.id(), w.category().code(), w.start(), w.end(), w.date(),
                        w.timezone() == null ? null : w.timezone().getId(), w.data().calories(), w.data().distance(),
                        w.data().steps(), w.data().hrAverage(), w.data().hrMax(), w.data().intensity(), w.modified()))
                .toList();
        store.storeWorkouts(member, sessions);
        return sessions.size();
    }

    @Override
    Instant modified(Workout item) {
        return item.modified();
    }
}
