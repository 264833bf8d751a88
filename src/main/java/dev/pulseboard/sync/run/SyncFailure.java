package dev.pulseboard.sync.run;

/** A sync run that cannot finish, with a reason worth showing in the sync status. */
public class SyncFailure extends RuntimeException {

    public SyncFailure(String message) {
        super(message);
    }
}
