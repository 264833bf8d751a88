package dev.pulseboard.core;

/**
 * A setting that stops the start: its message is one line that names the setting and says what is wrong, and
 * the start-up failure report prints that line instead of a stack trace.
 */
public class InvalidSettingException extends RuntimeException {

    private final String setting;

    public InvalidSettingException(String setting, String problem) {
        super(setting + ": " + problem);
        this.setting = setting;
    }

    public InvalidSettingException(String setting, String problem, Throwable cause) {
        super(setting + ": " + problem, cause);
        this.setting = setting;
    }

    public String setting() {
        return setting;
    }
}
