package dev.pulseboard.dashboard.member;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dev.pulseboard.account.MemberAccess;

/** Why a card or a page is there for the viewer: "you", "you administer the household", "shared with you by ...". */
public final class OverviewWhy {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private OverviewWhy() {
    }

    public static String of(MemberAccess.Visibility visibility, ZoneId zone) {
        return switch (visibility.reason()) {
            case SELF -> "You";
            case ADMIN -> "You administer the household";
            case GRANT -> "Shared with you by " + (visibility.grant().grantedByName() == null ? "the household"
                    : visibility.grant().grantedByName())
                    + (visibility.grant().access().allowsChanges() ? " (you may manage)" : " (view only)")
                    + (visibility.grant().until() == null ? ""
                            : ", last day " + DAY.format(visibility.grant().lastDay(zone)));
        };
    }
}
