package dev.pulseboard.health.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PulseboardTest;

/**
 * What storing readings keeps. Readings read from a Withings archive (negative group ids) next to the ones the sync
 * brings: a reconcile of deletions leaves them alone, and a synced copy of the same reading takes its place rather
 * than doubling it. A reading's time zone is the one it was first stored with.
 */
@PulseboardTest
class MeasurementStoreIntegrationTests {

    @Value("${server.port}")
    int port;

    @Autowired
    Measurements measurements;

    @Autowired
    Clock clock;

    @Test
    void aReconcileOfDeletionsLeavesTheArchivesReadingsAlone() {
        MemberId member = member("Kept");
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        measurements.store(member, List.of(archive(weight(-101, 80, 0, now.minus(Duration.ofDays(3))))));
        measurements.storeSynced(member, ACCOUNT, List.of(weight(7, 81_000, -3, now.minus(Duration.ofDays(2)))));

        int gone = measurements.keepOnlyGroups(member, ACCOUNT, now.minus(Duration.ofDays(7)), now, Set.of()).gone();

        assertThat(gone).as("Withings' group 7 is gone; the archive's reading was never Withings' to delete")
                .isEqualTo(1);
        assertThat(values(member)).containsExactly("80");
    }

    @Test
    void aSharedScaleWeighInMovedToAnotherMemberIsNotReconciledAwayByThatMembersAccount() {
        MemberId scale = member("Scale owner");
        MemberId taker = member("Taker");
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        MeasurementRecord shared = new MeasurementRecord(31, MeasurementType.WEIGHT, null, 82_700, -3,
                now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(3)), 1, "scale", "Body+");
        measurements.storeSynced(scale, ACCOUNT, List.of(shared));
        assertThat(measurements.assignAmbiguous(scale, 31, taker)).isPresent();

        var result = measurements.keepOnlyGroups(taker, ACCOUNT, now.minus(Duration.ofDays(30)), now.plusSeconds(1),
                Set.of());

        assertThat(result.gone()).as("the taker's own Withings account never had the scale owner's group").isZero();
        assertThat(values(taker)).containsExactly("82.7");
    }

    @Test
    void aReconciliationThatWouldDeleteMostOfTheRecentHistoryKeepsIt() {
        MemberId member = member("Other account");
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<MeasurementRecord> month = new ArrayList<>();
        for (int day = 1; day <= 12; day++) {
            month.add(weight(100 + day, 80_000 + day, -3, now.minus(Duration.ofDays(day))));
        }
        measurements.storeSynced(member, ACCOUNT, month);

        var result = measurements.keepOnlyGroups(member, ACCOUNT, now.minus(Duration.ofDays(30)), now.plusSeconds(1),
                Set.of(101L));

        assertThat(result.held()).as("11 of 12 gone: another account linked, not 11 deletions in the app").isTrue();
        assertThat(values(member)).hasSize(12);
        var few = measurements.keepOnlyGroups(member, ACCOUNT, now.minus(Duration.ofDays(30)), now.plusSeconds(1),
                Set.of(101L, 102L, 103L, 104L, 105L, 106L, 107L, 108L, 109L));
        assertThat(few.held()).isFalse();
        assertThat(values(member)).as("three deleted in the app: gone").hasSize(9);
    }

    /**
     * A member linked to another Withings account later (a new account, a mistake put right): the new account's
     * token sees none of the old account's groups, and its reconciliations delete none of them, however few.
     */
    @Test
    void aReconciliationOfOneAccountLeavesTheReadingsOfAnotherAlone() {
        MemberId member = member("Two accounts");
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        measurements.storeSynced(member, ACCOUNT, List.of(weight(401, 80_000, -3, now.minus(Duration.ofDays(5))),
                weight(402, 80_100, -3, now.minus(Duration.ofDays(4)))));
        measurements.storeSynced(member, "20000002", List.of(weight(501, 79_000, -3, now.minus(Duration.ofDays(2))),
                weight(502, 79_100, -3, now.minus(Duration.ofDays(1)))));

        var result = measurements.keepOnlyGroups(member, "20000002", now.minus(Duration.ofDays(30)),
                now.plusSeconds(1), Set.of(502L));

        assertThat(result.gone()).as("the new account's 501 deleted at Withings; the old account's two not its own")
                .isEqualTo(1);
        assertThat(result.stored()).isEqualTo(2);
        assertThat(values(member)).containsExactly("80", "80.1", "79.1");
        measurements.storeSynced(member, null, List.of(weight(401, 80_000, -3, now.minus(Duration.ofDays(5)))));
        assertThat(measurements.keepOnlyGroups(member, ACCOUNT, now.minus(Duration.ofDays(30)), now.plusSeconds(1),
                Set.of(402L)).gone()).as("a store that does not know the account keeps the one recorded").isEqualTo(1);
    }

    @Test
    void aSyncedReadingTakesThePlaceOfTheArchivesCopy() {
        MemberId member = member("Once");
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(400));
        Instant other = at.plus(Duration.ofDays(1));
        measurements.store(member, List.of(archive(weight(-201, 805, -1, at)), archive(weight(-202, 79, 0, other))));

        measurements.store(member, List.of(weight(9, 80_500, -3, at), weight(10, 78_000, -3, other)));

        assertThat(values(member)).as("80.5 once (Withings' copy); 79 from the archive beside a different 78")
                .containsExactly("80.5", "79", "78");
        assertThat(measurements.series(member, MeasurementType.WEIGHT, null, null).get(0).timeZone())
                .as("the zone the member chose at the import").isEqualTo("Europe/Paris");
    }

    /**
     * Withings gives one zone per answer, the profile's zone when it is read: a reading fetched seconds after it was
     * taken in Paris keeps Paris when it is read again after the member moved to New York (an edit, "Sync now").
     */
    @Test
    void aReadingKeepsTheZoneItWasFirstStoredWith() {
        MemberId member = member("Moved");
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(100));
        measurements.store(member, List.of(zoned(weight(11, 70_000, -3, at), null)));
        measurements.store(member, List.of(zoned(weight(11, 70_000, -3, at), "Europe/Paris")));
        measurements.store(member, List.of(zoned(weight(11, 70_200, -3, at), "America/New_York")));

        var reading = measurements.series(member, MeasurementType.WEIGHT, null, null);
        assertThat(reading).singleElement().satisfies(r -> {
            assertThat(r.timeZone()).as("the first zone Withings gave").isEqualTo("Europe/Paris");
            assertThat(r.value()).as("the edit is kept").isEqualByComparingTo("70.2");
        });
    }

    private static final String ACCOUNT = "10000001";

    private MemberId member(String name) {
        Api api = new Api(port);
        return MemberId.of(Household.addMember(api, Household.token(api), Household.named(name)));
    }

    private List<String> values(MemberId member) {
        return measurements.series(member, MeasurementType.WEIGHT, null, null).stream()
                .map(r -> r.value().stripTrailingZeros().toPlainString()).toList();
    }

    private static MeasurementRecord weight(long group, long raw, int exponent, Instant at) {
        return new MeasurementRecord(group, MeasurementType.WEIGHT, null, raw, exponent, at, at, 0, "scale", "Body+");
    }

    private static MeasurementRecord zoned(MeasurementRecord r, String zone) {
        return new MeasurementRecord(r.groupId(), r.type(), null, r.rawValue(), r.unitExponent(), r.measuredAt(),
                r.modifiedAt(), 0, r.deviceId(), r.model(), zone);
    }

    private static MeasurementRecord archive(MeasurementRecord r) {
        return new MeasurementRecord(r.groupId(), r.type(), null, r.rawValue(), r.unitExponent(), r.measuredAt(), null,
                0, null, "Withings archive", "Europe/Paris");
    }
}
