package dev.pulseboard.emulator.protocol;

/** A Withings error: answered with HTTP 200 and {@code {"status":N,"body":{},"error":"..."}}. */
public class WithingsException extends RuntimeException {

    static final int INVALID_TOKEN = 401;
    static final int INVALID_PARAMS = 503;
    public static final int CALLBACK_INVALID = 293;
    static final int NOT_IMPLEMENTED = 2554;
    /**
     * What the emulator answers when it fails itself: a code of the "an error occurred" family (withings-api.md §7,
     * the set AIO's const.py calls STATUS_ERROR_OCCURRED), which a client may retry. Not 2555, which older docs
     * called "unknown error" but current OAS lists as "unauthorized" (a client would give up on the link).
     */
    static final int ERROR_OCCURRED = 5000;
    static final int TOO_MANY_REQUESTS = 601;

    private final int status;

    public WithingsException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    public static WithingsException invalidParams(String what) {
        return new WithingsException(INVALID_PARAMS, "Invalid Params: " + what);
    }

    public static WithingsException invalidToken() {
        return new WithingsException(INVALID_TOKEN,
                "XRequestID: Not provided invalid_token: The access token provided is invalid");
    }

    public static WithingsException insufficientScope() {
        return new WithingsException(INVALID_TOKEN,
                "XRequestID: Not provided insufficient_scope: The request requires higher privileges than provided by the access token");
    }

    public static WithingsException unknownAction(String action) {
        return new WithingsException(NOT_IMPLEMENTED, "Not implemented: unknown action " + action);
    }
}
