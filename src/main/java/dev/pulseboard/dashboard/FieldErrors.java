package dev.pulseboard.dashboard;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import dev.pulseboard.account.AccountException;

/**
 * What was wrong with a submitted form, each message tied to the field it is about (the input's {@code name}), in
 * the order the checks ran, which is the form's order; and what was typed in it, so that nothing has to be typed
 * again. A page shows each message next to its field (id {@code <field>-error}, which the field's
 * {@code aria-describedby} names), marks the field {@code aria-invalid}, gives the first one the focus, and repeats
 * the messages in a summary at the top. A message about no field in particular is shown in the summary only.
 * <p>
 * A form that comes back after a redirect (the page it was sent from shows it) gets these errors as a flash
 * attribute, which is kept with the session: hence {@link Serializable}. A form shown more than once on a page (the
 * Units menu and the Settings page) is named by the prefix of its ids ({@code header-zone}); the errors
 * of one such form are not shown in the other ({@link #forForm}).
 */
public final class FieldErrors implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The key of messages about the form as a whole. */
    static final String FORM = "";

    private final String prefix;
    private final LinkedHashMap<String, String> messages = new LinkedHashMap<>();
    private final LinkedHashMap<String, String> typed = new LinkedHashMap<>();

    /** The errors of a page's own form, whose ids are its inputs' names. */
    public FieldErrors() {
        this("");
    }

    private FieldErrors(String prefix) {
        this.prefix = prefix;
    }

    /** The errors of the form whose ids start with {@code prefix-} ({@code header-zone} for the field zone). */
    public static FieldErrors prefixed(String prefix) {
        return new FieldErrors(prefix);
    }

    /** These errors if they are the form {@code prefix}'s, else none (with that form's ids). */
    public FieldErrors forForm(String prefix) {
        return this.prefix.equals(prefix) ? this : new FieldErrors(prefix);
    }

    /** Runs one check; an {@link AccountException.Reason#INVALID} refusal is kept, anything else goes on up. */
    public void check(Runnable check) {
        try {
            check.run();
        } catch (AccountException e) {
            add(e);
        }
    }

    /** Keeps an invalid-input refusal (a field keeps its first message); rethrows any other refusal. */
    public void add(AccountException e) {
        if (e.reason() != AccountException.Reason.INVALID) {
            throw e;
        }
        add(e.field(), e.getMessage());
    }

    /** Keeps a message about this field (null: about the form as a whole); a field keeps its first message. */
    public void add(String field, String message) {
        messages.putIfAbsent(field == null ? FORM : field, message);
    }

    /** Keeps what was typed in this field, for the page to fill it in again (never a password). */
    public FieldErrors typed(String field, String value) {
        typed.put(field, value);
        return this;
    }

    /** What was typed in this field when the form was refused, else {@code otherwise} (what the page shows anyway). */
    public String value(String field, String otherwise) {
        return typed.containsKey(field) ? typed.get(field) : otherwise;
    }

    /**
     * Whether this option of a list is the one to select: the one chosen in the refused form, else
     * {@code otherwise}.
     */
    public boolean selected(String field, Object option, boolean otherwise) {
        return typed.containsKey(field) ? String.valueOf(option).equals(typed.get(field)) : otherwise;
    }

    public boolean none() {
        return messages.isEmpty();
    }

    public boolean any() {
        return !messages.isEmpty();
    }

    /** Whether this field is invalid. */
    public boolean has(String field) {
        return messages.containsKey(field);
    }

    /** The message about this field, or null. */
    public String of(String field) {
        return messages.get(field);
    }

    /** The id of this field (or of another element of the form, such as its summary): its name, after the prefix. */
    public String id(String field) {
        return prefix.isEmpty() ? field : prefix + "-" + field;
    }

    /** The id of this field's message. */
    public String errorId(String field) {
        return id(field) + "-error";
    }

    /** {@code aria-invalid} for this field: "true", or null (no attribute) when it is fine. */
    public String invalid(String field) {
        return has(field) ? "true" : null;
    }

    /**
     * {@code aria-describedby} for this field: its error's id first when it has one, then the ids of its hints
     * (null, no attribute, when there is neither).
     */
    public String describedBy(String field, String... hints) {
        List<String> ids = new ArrayList<>();
        if (has(field)) {
            ids.add(errorId(field));
        }
        ids.addAll(List.of(hints));
        return ids.isEmpty() ? null : String.join(" ", ids);
    }

    /** Whether this field is the first invalid one, which takes the focus when the page loads. */
    public boolean first(String field) {
        return messages.keySet().stream().filter(k -> !k.equals(FORM)).findFirst().map(field::equals).orElse(false);
    }

    /** The summary's lines in order: the field (null for the form as a whole) and its message. */
    public List<Line> summary() {
        return messages.entrySet().stream()
                .map(e -> new Line(e.getKey().equals(FORM) ? null : e.getKey(), e.getValue())).toList();
    }

    /** What the messages are, by field, for a log or a test. */
    @Override
    public String toString() {
        return messages.toString();
    }

    /** One line of the summary; {@code field} is null for a message about the whole form. */
    public record Line(String field, String message) {
    }
}
