package dev.pulseboard.sync.fetch;

/**
 * Thrown by a sync between two of its Withings calls once the server has begun to stop: what it stored is kept and
 * checkpointed, and the run is handed back to the scheduler, so that another instance (or this one after its
 * restart) goes on from the checkpoint at once instead of waiting for this one to be declared dead.
 */
public final class ServerStopping extends RuntimeException {

    public ServerStopping() {
        super("The server is stopping; the sync goes on from its checkpoint on another instance or after the restart.",
                null, false, false);
    }
}
