package dev.pulseboard.dashboard.member;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dev.pulseboard.account.MemberAccess;
import dev.pulseboard.account.household.Grant;

/** Why a card or a page is there for the viewer: "you", "you administer the household", "shared with you by ...". */
public final class OverviewWhy {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm",
            Locale.ENGLISH);

    private OverviewWhy() {
    }

    /** {@code zone}: the member's, in which a grant's last day is a day; named, as the viewer may live elsewhere. */
    public static String of(MemberAccess.Visibility visibility, ZoneId zone) {
        return switch (visibility.reason()) {
            case SELF -> "You";
            case ADMIN -> "You administer the household";
            case GRANT -> "Shared with you by " + (visibility.grant().grantedByName() == null ? "the household"
                    : visibility.grant().grantedByName())
                    + (visibility.grant().access().allowsChanges() ? " (you may manage)" : " (view only)")
                    + end(visibility.grant(), zone);
        };
    }

    private static String end(Grant grant, ZoneId zone) {
        if (grant.until() == null) {
            return "";
        }
        return (grant.endsAsADayEnds(zone) ? ", last day " + DAY.format(grant.lastDay(zone))
                : ", until " + DAY_AND_TIME.format(grant.until().atZone(zone))) + " (" + zone.getId() + ")";
    }
}
