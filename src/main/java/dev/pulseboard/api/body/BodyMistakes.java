package dev.pulseboard.api.body;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.pulseboard.account.Validation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * What was wrong with a request body, in words that name the field: the detail of the API's 400. A field's name is
 * the client's own text, so it is cut short and cleared of control and invisible characters before it is quoted.
 */
public final class BodyMistakes {

    static final String NOT_JSON = "The request body is not valid JSON of the expected shape.";
    static final String NO_BODY = "This request needs a JSON body.";
    private static final int LONGEST_NAME = 40;

    private BodyMistakes() {
    }

    /** The detail for a body that could not be read, from the reader's exception (or its causes). */
    public static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return describe(jackson);
            }
        }
        // Spring's own words when there was no body at all (no exception type of its own).
        return failure.getMessage() != null && failure.getMessage().startsWith("Required request body is missing")
                ? NO_BODY : NOT_JSON;
    }

    private static String describe(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "'" + shown(unknown.getPropertyName()) + "' is not a field of this request; it takes "
                    + known(unknown.getKnownPropertyIds()) + ".";
        }
        if (e instanceof MismatchedInputException mismatch) {
            String field = field(mismatch.getPath());
            if (field == null) {
                return "The request body must be a JSON object.";
            }
            if (mismatch instanceof InvalidNullException || isNullForPrimitive(mismatch)) {
                return "'" + field + "' is required.";
            }
            return "'" + field + "' must be " + expected(mismatch.getTargetType()) + ".";
        }
        if (e instanceof InputCoercionException coercion) {
            // A whole number too large for its field: the parser is at the field when it refuses.
            JsonParser parser = coercion.processor();
            String name = parser == null ? null : parser.currentName();
            return (name == null ? "A number in the request body" : "'" + shown(name) + "'")
                    + " must be a whole number, and not a huge one.";
        }
        if (e instanceof StreamReadException read && read.getOriginalMessage() != null
                && read.getOriginalMessage().startsWith("Duplicate")) {
            JsonParser parser = read.processor();
            String name = parser == null ? null : parser.currentName();
            return name == null ? "A field is given twice in the request body."
                    : "'" + shown(name) + "' is given twice in the request body.";
        }
        return NOT_JSON;
    }

    /** A whole number left out or sent as null ({@code FAIL_ON_NULL_FOR_PRIMITIVES} has no exception of its own). */
    private static boolean isNullForPrimitive(MismatchedInputException e) {
        return e.getTargetType() != null && e.getTargetType().isPrimitive() && e.getOriginalMessage() != null
                && e.getOriginalMessage().contains("`null`");
    }

    private static String field(List<JacksonException.Reference> path) {
        String name = null;
        for (JacksonException.Reference ref : path) {
            if (ref.getPropertyName() != null) {
                name = name == null ? ref.getPropertyName() : name + "." + ref.getPropertyName();
            }
        }
        return name == null ? null : shown(name);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "text";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class
                || type == BigInteger.class) {
            return "a whole number";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type) || type == BigDecimal.class) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "a JSON object";
    }

    private static String known(Collection<Object> names) {
        if (names == null || names.isEmpty()) {
            return "no fields";
        }
        return names.stream().map(Objects::toString).sorted().collect(Collectors.joining(", "));
    }

    /** The client's name for a field, printable and short. */
    static String shown(String name) {
        String printable = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "");
        return printable.length() <= LONGEST_NAME ? printable
                : Validation.firstUnits(printable, LONGEST_NAME) + "…";
    }
}
