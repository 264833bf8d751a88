package dev.pulseboard.sync;

/** A sync run that cannot finish, with a reason worth showing in the sync status. */
class SyncFailure extends RuntimeException {

    SyncFailure(String message) {
        super(message);
    }
}
