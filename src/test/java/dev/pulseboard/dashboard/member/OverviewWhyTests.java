package dev.pulseboard.dashboard.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.pulseboard.account.Member;
import dev.pulseboard.account.MemberAccess;
import dev.pulseboard.account.household.Access;
import dev.pulseboard.account.household.Grant;
import dev.pulseboard.core.HouseholdId;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.dashboard.settings.SettingsView;
import dev.pulseboard.dashboard.unit.WeightUnit;

class OverviewWhyTests {

    private static final Member ALEX = new Member(MemberId.of(1), HouseholdId.of(1), "Alex", Instant.EPOCH,
            null, null);

    @Test
    void aGrantShowsItsLastDayInTheViewersZone() {
        // "Last day 1 March 2027", chosen in Auckland: the grant ends when 2 March starts there.
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        Instant end = Instant.parse("2027-03-01T11:00:00Z");
        var grant = new Grant(7, ALEX.id(), "Alex", 2, "Kim", Access.VIEW, end, "Alex", Instant.EPOCH);

        String why = OverviewWhy.of(new MemberAccess.Visibility(ALEX, MemberAccess.Reason.GRANT, grant),
                new SettingsView(WeightUnit.KG, auckland, Locale.UK));

        assertThat(why).isEqualTo("Shared with you by Alex (view only), last day 1 Mar 2027 (Pacific/Auckland)");
    }

    @Test
    void aGrantGivenAnInstantThroughTheApiSaysWhenItEnds() {
        ZoneId newYork = ZoneId.of("America/New_York");
        var grant = new Grant(7, ALEX.id(), "Alex", 2, "Kim", Access.VIEW, Instant.parse("2026-12-04T12:00:00Z"),
                "Alex", Instant.EPOCH);

        String why = OverviewWhy.of(new MemberAccess.Visibility(ALEX, MemberAccess.Reason.GRANT, grant),
                new SettingsView(WeightUnit.KG, newYork, Locale.US));

        assertThat(why).as("dates and times as the rest of the page writes them, in the viewer's language")
                .matches("Shared with you by Alex \\(view only\\), until Dec 4, 2026, 7:00\\hAM \\(America/New_York\\)");
    }
}
