package dev.pulseboard.emulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Withings emulator, under {@code pulseboard.emulator}.
 *
 * @param enabled               serve the emulator inside Pulseboard (demo mode sets it; standalone mode ignores it)
 * @param basePath              path prefix of every emulator endpoint; empty means the root
 * @param clients               partner apps registered at start-up
 * @param strictCallbacks       enforce Withings' callback URL rules (HTTPS, port 443/80, no IP, no localhost)
 * @param notificationTimeScale factor applied to the webhook retry delays (1.0 = real time; tests use tiny values)
 * @param rateLimitPerMinute    requests per minute and client id before status 601
 * @param pageSize              measure groups per getmeas page; the other list endpoints use it too, but for
 *                              sleep getsummary
 * @param sleepSummaryPageSize  nights per sleep getsummary page: 300, as Withings' recorded answers have it
 *                              (withings-api.md §4.6 and §8: "300 items with more:true, offset:300")
 * @param revokeAccessTokenOnRefresh whether a refresh kills the previous access token (undocumented; stricter default)
 * @param lenientNotificationStatus  count any webhook answer below 400 as delivered (newer docs) instead of only 200
 * @param sleepGetMaxHours           the widest window sleep get serves (Withings documents both 24 h and 7 days)
 * @param liveUploadInterval         how often the personas' readings are checked for uploads the clock has reached
 *                                   (notifications); 0 = only when the clock is set or advanced
 * @param pageCacheMb                memory for serialized getmeas pages (repeated pages are copied bytes); 0 = off
 * @param recoverCodePartnersOnly    allow {@code recoverauthorizationcode} only for clients registered as partners
 *                                   (Withings: "contract partners only"; what others get is undocumented)
 * @param partnerOnlyStatus          the status a non-partner gets for a partner-only call (2553, "unauthorized")
 * @param sharedClock                demo mode: Pulseboard's own clock (token expiry, schedules, sync windows) is the
 *                                   emulator's, so moving the emulator's clock lets the whole installation live
 *                                   through that time (days in minutes, for benchmarks and demos); off by default
 * @param homeProtocolAhead          whether the personas that measure blood pressure by the home protocol (morning
 *                                   and evening) in their last four weeks go on doing so after "today", so that the
 *                                   report stays complete as the clock moves; false: back to their usual mornings
 *                                   (a usual week, for benchmarks)
 * @param alternateShapesUserIds     the Withings user ids served the other shape where withings-api.md documents two
 *                                   for one field: their token answers carry {@code userid} as a JSON string
 *                                   ({@code "userid":"10000002"}, as Withings' support article and examples show it,
 *                                   where OAS has a number), their getmeas answers {@code more} as a bool and
 *                                   {@code deviceid} as an int; by default Sam's, so that tests see both shapes
 * @param stateDir                   demo mode: where the live links (refresh tokens) and the notification
 *                                   subscriptions are kept, so that a restart of the server ends neither; empty =
 *                                   in memory only
 */
@ConfigurationProperties("pulseboard.emulator")
public record EmulatorProperties(
        boolean enabled,
        @DefaultValue("") String basePath,
        @DefaultValue List<Client> clients,
        @DefaultValue("false") boolean strictCallbacks,
        @DefaultValue("1.0") double notificationTimeScale,
        @DefaultValue("120") int rateLimitPerMinute,
        @DefaultValue("200") int pageSize,
        @DefaultValue("300") int sleepSummaryPageSize,
        @DefaultValue("true") boolean revokeAccessTokenOnRefresh,
        @DefaultValue("false") boolean lenientNotificationStatus,
        @DefaultValue("24") int sleepGetMaxHours,
        @DefaultValue("1s") Duration liveUploadInterval,
        @DefaultValue("64") int pageCacheMb,
        @DefaultValue("true") boolean recoverCodePartnersOnly,
        @DefaultValue("2553") int partnerOnlyStatus,
        @DefaultValue("false") boolean sharedClock,
        @DefaultValue("true") boolean homeProtocolAhead,
        @DefaultValue("10000002") List<String> alternateShapesUserIds,
        @DefaultValue("") String stateDir) {

    public EmulatorProperties {
        basePath = normalize(basePath);
        clients = clients == null ? List.of() : List.copyOf(clients);
        alternateShapesUserIds = alternateShapesUserIds == null ? List.of() : List.copyOf(alternateShapesUserIds);
    }

    /**
     * A registered app; {@code partner} marks a contract partner, allowed partner-only calls such as
     * {@code recoverauthorizationcode}.
     */
    public record Client(String clientId, String clientSecret, @DefaultValue List<String> redirectUris,
            boolean partner) {
        @ConstructorBinding
        public Client {
            redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
        }

        public Client(String clientId, String clientSecret, List<String> redirectUris) {
            this(clientId, clientSecret, redirectUris, false);
        }
    }

    private static String normalize(String path) {
        if (path == null || path.isBlank() || path.equals("/")) {
            return "";
        }
        String p = path.startsWith("/") ? path : "/" + path;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** Whether the user is served the other of two documented shapes (see {@code alternateShapesUserIds}). */
    public boolean alternateShapes(String userId) {
        return alternateShapesUserIds.contains(userId);
    }

    /** The file of the given name in {@link #stateDir()}, or null when the emulator keeps its state in memory only. */
    public Path stateFile(String name) {
        return stateDir.isBlank() ? null : Path.of(stateDir, name);
    }
}
