package dev.pulseboard.account;

import java.util.regex.Pattern;

/** Checks for what people type: names and e-mail addresses. */
final class Validation {

    static final int MAX_NAME_LENGTH = 100;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");

    private Validation() {
    }

    static String name(String value, String field) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new AccountException(AccountException.Reason.INVALID, "The " + field + " must not be empty.");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new AccountException(AccountException.Reason.INVALID,
                    "The " + field + " must have at most " + MAX_NAME_LENGTH + " characters.");
        }
        return trimmed;
    }

    static String email(String value) {
        String trimmed = value == null ? "" : value.strip().toLowerCase();
        if (!EMAIL.matcher(trimmed).matches() || trimmed.length() > 320) {
            throw new AccountException(AccountException.Reason.INVALID, "That is not an e-mail address.");
        }
        return trimmed;
    }
}
