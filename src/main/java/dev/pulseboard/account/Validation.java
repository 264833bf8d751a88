package dev.pulseboard.account;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks for what people type: names, e-mail addresses and passwords. Each refusal names its field
 * ({@link AccountException#field()}: {@code name}, {@code email}, {@code password}) for pages to show it there.
 */
public final class Validation {

    static final int MAX_NAME_LENGTH = 100;
    public static final int MIN_PASSWORD_LENGTH = 8;
    /** BCrypt reads 72 bytes of a password and refuses more. */
    public static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");

    private Validation() {
    }

    public static String name(String value, String field) {
        // One spelling of each letter (composed, NFC): a name typed on one keyboard as "e" and a combining diaeresis
        // is the same name as one typed with "ë", and a PDF prints it as letters rather than loose marks.
        String trimmed = value == null ? "" : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        if (trimmed.isEmpty()) {
            throw AccountException.invalid("name", "The " + field + " must not be empty.");
        }
        // Characters as people count them (code points): an emoji or a rare Han character is one, not two.
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_NAME_LENGTH) {
            throw AccountException.invalid("name",
                    "The " + field + " must have at most " + MAX_NAME_LENGTH + " characters.");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            // A line break or a NUL in a name breaks the lines of CSV files, PDFs and the audit log it is written in.
            throw AccountException.invalid("name", "The " + field + " must be on one line, without control "
                    + "characters.");
        }
        if (trimmed.chars().anyMatch(Validation::invisible)) {
            // Invisible: a zero-width space or a right-to-left override makes a name look like another one.
            throw AccountException.invalid("name", "The " + field + " must not contain invisible characters (such "
                    + "as a zero-width space or a direction mark).");
        }
        return trimmed;
    }

    /**
     * What makes two names the same name: the compatibility forms folded (a full-width letter, an ideographic space),
     * runs of spaces as one, the zero-width (non-)joiners left out (kept in a name, where Persian and Indic spelling
     * needs them, but invisible next to another name), and case ignored. Two members whose names differ only so would
     * look alike.
     */
    public static String sameness(String name) {
        return Normalizer.normalize(Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("[\\u200C\\u200D]", "")
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
    }

    /**
     * A zero-width space, word joiner or byte-order mark, or a mark or override of writing direction: characters that
     * show nothing of their own. Not the zero-width (non-)joiners, which Persian and Indic names are written with.
     */
    private static boolean invisible(int c) {
        return c == 0x200B || c == 0x2060 || c == 0xFEFF || c == 0x200E || c == 0x200F || c == 0x061C
                || reordering(c);
    }

    /**
     * A direction embedding, override or isolate (U+202A-202E, U+2066-2069): it prints the text after it in another
     * order, so that "15 mg" after a right-to-left override reads "gm 51".
     */
    static boolean reordering(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** The text without control and invisible characters: for a name that comes from the identity provider. */
    static String printable(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isISOControl(c) && !invisible(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /**
     * {@code name}, or when it is {@code taken}, {@code name (2)}, {@code name (3)} ...: for a name that comes from the
     * identity provider, which the person cannot change on the way in.
     */
    static String numbered(String name, Predicate<String> taken) {
        String free = name;
        for (int n = 2; taken.test(free); n++) {
            String suffix = " (" + n + ")";
            free = firstCharacters(name, MAX_NAME_LENGTH - suffix.length()) + suffix;
        }
        return free;
    }

    /** The first {@code count} characters (code points) of {@code text}: never half of a surrogate pair. */
    static String firstCharacters(String text, int count) {
        return text.codePointCount(0, text.length()) <= count ? text
                : text.substring(0, text.offsetByCodePoints(0, count));
    }

    /**
     * At most the first {@code units} UTF-16 units of {@code text} (a column's length on H2), one fewer rather than half
     * of a surrogate pair.
     */
    public static String firstUnits(String text, int units) {
        if (text.length() <= units) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(units - 1)) ? units - 1 : units);
    }

    public static String email(String value) {
        String trimmed = value == null ? "" : value.strip().toLowerCase();
        if (!EMAIL.matcher(trimmed).matches() || trimmed.length() > 320) {
            throw AccountException.invalid("email", "That is not an e-mail address.");
        }
        String canonical = canonicalEmail(trimmed);
        if (canonical == null) {
            throw AccountException.invalid("email", "That is not an e-mail address: its domain cannot be written "
                    + "for the internet.");
        }
        return canonical;
    }

    /**
     * The address as it is kept and looked up: lower case, its domain in the internet's ASCII form (例子.中国 is
     * xn--fsqu00a.xn--fiqs8s, which a browser's e-mail field sends); null when the domain has no such form.
     */
    public static String canonicalEmail(String email) {
        String lower = email.strip().toLowerCase(Locale.ROOT);
        int at = lower.lastIndexOf('@');
        if (at < 0) {
            return lower;
        }
        try {
            return lower.substring(0, at + 1) + IDN.toASCII(lower.substring(at + 1), IDN.ALLOW_UNASSIGNED)
                    .toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The address as a person reads it: the domain kept in the internet's ASCII form ({@link #canonicalEmail}) shown in
     * its own letters again (xn--fsqu00a.xn--fiqs8s is 例子.中国); an address without such a domain is unchanged.
     */
    public static String readableEmail(String email) {
        int at = email.lastIndexOf('@');
        if (at < 0 || !email.contains("xn--")) {
            return email;
        }
        return email.substring(0, at + 1) + IDN.toUnicode(email.substring(at + 1), IDN.ALLOW_UNASSIGNED);
    }

    /** The same rule everywhere a password is chosen: setup, an invitation, a change, a reset. */
    public static String password(String value) {
        return password(value, "The password");
    }

    /** The same, its refusal naming the password as {@code subject} ("The temporary password for Kim"). */
    public static String password(String value, String subject) {
        if (value == null || value.length() < MIN_PASSWORD_LENGTH) {
            throw AccountException.invalid("password",
                    subject + " must have at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (!fitsHash(value)) {
            throw AccountException.invalid("password", subject + " must have at most "
                    + MAX_PASSWORD_BYTES + " characters (fewer with accents or symbols, which take more room).");
        }
        return value;
    }

    /**
     * A new password typed twice on a page: a slip of the finger in one of them is caught before it is saved. The
     * refusal is about the field {@code password}: the page clears both, and the first is where typing starts again.
     */
    public static void typedTwice(String password, String again) {
        if (!password.equals(again)) {
            throw AccountException.invalid("password",
                    "The two passwords are not the same: type the same password in both fields.");
        }
    }

    /** Whether the password hash can take this password at all (a longer one can never be right). */
    public static boolean fitsHash(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
    }
}
