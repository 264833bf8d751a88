package dev.pulseboard.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.pulseboard.account.AccountException;

/**
 * What was wrong with a submitted form, each message tied to the field it is about (the input's {@code name}), in
 * the order the checks ran, which is the form's order. A page shows each message next to its field (id
 * {@code <field>-error}, which the field's {@code aria-describedby} names), marks the field {@code aria-invalid},
 * gives the first one the focus, and repeats the messages in a summary at the top. A message about no field in
 * particular is shown in the summary only.
 */
public final class FieldErrors {

    /** The key of messages about the form as a whole. */
    static final String FORM = "";

    private final Map<String, String> messages = new LinkedHashMap<>();

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
        messages.putIfAbsent(e.field() == null ? FORM : e.field(), e.getMessage());
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
            ids.add(field + "-error");
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

    /** One line of the summary; {@code field} is null for a message about the whole form. */
    public record Line(String field, String message) {
    }
}
