package dev.pulseboard.account.household;

/** What a grant allows: VIEW (pages, API reads, exports) or MANAGE (also sync, connect, disconnect, erase). */
public enum Access {
    VIEW, MANAGE;

    public boolean allowsChanges() {
        return this == MANAGE;
    }
}
