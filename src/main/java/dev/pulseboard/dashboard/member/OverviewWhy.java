package dev.pulseboard.dashboard.member;

import dev.pulseboard.account.MemberAccess;
import dev.pulseboard.account.household.Grant;
import dev.pulseboard.dashboard.settings.SettingsView;

/** Why a card or a page is there for the viewer: "you", "you administer the household", "shared with you by ...". */
public final class OverviewWhy {

    private OverviewWhy() {
    }

    /**
     * {@code s}: the settings in the member's zone, in which a grant's last day is a day; the zone is named, as the
     * viewer may live elsewhere, and dates and times are written as the rest of the page writes them.
     */
    public static String of(MemberAccess.Visibility visibility, SettingsView s) {
        return switch (visibility.reason()) {
            case SELF -> "You";
            case ADMIN -> "You administer the household";
            case GRANT -> "Shared with you by " + (visibility.grant().grantedByName() == null ? "the household"
                    : visibility.grant().grantedByName())
                    + (visibility.grant().access().allowsChanges() ? " (you may manage)" : " (view only)")
                    + end(visibility.grant(), s);
        };
    }

    private static String end(Grant grant, SettingsView s) {
        if (grant.until() == null) {
            return "";
        }
        return (grant.endsAsADayEnds(s.zone()) ? ", last day " + s.day(grant.lastDay(s.zone()))
                : ", until " + s.dateTime(grant.until())) + " (" + s.zoneId() + ")";
    }
}
