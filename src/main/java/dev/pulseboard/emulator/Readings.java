package dev.pulseboard.emulator;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Adds and deletes readings at run time (the admin API), and tells subscribers: appli 1 for weight and body
 * composition, 2 for temperature, 4 for blood pressure, heart rate and SpO2, 54 for ECG results, 58 for glucose.
 * A deletion leaves no tombstone, as in Withings: the group just stops being returned.
 */
@Component
class Readings {

    private static final Set<Integer> TEMPERATURE = Set.of(12, 71, 73);
    private static final Set<Integer> CARDIO = Set.of(9, 10, 11, 54);
    private static final Set<Integer> ECG = Set.of(130, 135, 136, 137, 138, 139);

    private final PersonaStore store;
    private final Notifier notifier;
    private final EmulatorClock clock;

    Readings(PersonaStore store, Notifier notifier, EmulatorClock clock) {
        this.store = store;
        this.notifier = notifier;
        this.clock = clock;
    }

    static int appli(int type) {
        if (TEMPERATURE.contains(type)) {
            return 2;
        }
        if (CARDIO.contains(type)) {
            return 4;
        }
        return ECG.contains(type) ? 54 : type == 119 ? 58 : 1;
    }

    /** Adds a device reading (attrib 0, on the persona's matching device; manual when it has none); answers the grpid. */
    long add(String userId, int type, BigDecimal value, long time) {
        UserData user = store.user(userId);
        long now = clock.epochSecond();
        Device device = user.persona().devices().stream().filter(d -> fits(d, type)).findFirst().orElse(null);
        BigDecimal stripped = value.stripTrailingZeros();
        int unit = -Math.max(stripped.scale(), 0);
        long raw = stripped.movePointRight(-unit).longValueExact();
        long grpid = user.lastGrpid() + 1;
        user.add(new MeasureGroup(grpid, device == null ? MeasureGroup.ATTRIB_MANUAL : MeasureGroup.ATTRIB_DEVICE,
                time, now, now, MeasureGroup.REAL, device, List.of(new Measure(raw, type, unit, -1))));
        tell(userId, appli(type), time);
        return grpid;
    }

    /** Deletes a group; false when the user has no such group. */
    boolean delete(String userId, long grpid) {
        UserData user = store.user(userId);
        List<MeasureGroup> gone = user.groups().stream().filter(g -> g.grpid() == grpid).toList();
        if (gone.isEmpty() || user.remove(g -> g.grpid() == grpid) == 0) {
            return false;
        }
        tell(userId, gone.get(0).measures().isEmpty() ? 1 : appli(gone.get(0).measures().get(0).type()),
                gone.get(0).date());
        return true;
    }

    private void tell(String userId, int appli, long time) {
        tell(userId, appli, time, time + 1, null);
    }

    /**
     * Sends an appli's notification with the fields Withings documents for it: {@code date} (local YYYY-MM-DD) for
     * activity (16), {@code action} for profile changes (46), {@code date} (epoch s) for bed in/out and inflate
     * events (50-52), {@code startdate}/{@code enddate} for the rest.
     */
    void tell(String userId, int appli, long startdate, long enddate, String action) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("userid", userId);
        fields.put("appli", String.valueOf(appli));
        switch (appli) {
            case 16 -> fields.put("date", java.time.Instant.ofEpochSecond(startdate)
                    .atZone(store.user(userId).persona().zone()).toLocalDate().toString());
            case 46 -> fields.put("action", action == null ? "update" : action);
            case 50, 51, 52 -> fields.put("date", String.valueOf(startdate));
            default -> {
                fields.put("startdate", String.valueOf(startdate));
                fields.put("enddate", String.valueOf(enddate));
            }
        }
        notifier.notifyUser(userId, appli, fields);
    }

    private static boolean fits(Device device, int type) {
        return CARDIO.contains(type) || ECG.contains(type) ? device.modelId() == Device.BPM_CORE
                : device.type().equals("Scale");
    }
}
