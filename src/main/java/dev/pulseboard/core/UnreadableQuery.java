package dev.pulseboard.core;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * An address whose query Tomcat cannot decode ({@code ?from=%zz}), or a value of an address or a form that cannot be
 * read as what it must be ({@code /members/abc}, {@code days=abc}, a number too large): the client's mistake, answered
 * in these words by the API and the pages of every module, never logged as a server failure.
 */
public final class UnreadableQuery {

    public static final String REASON = "The query of this address cannot be read: a '%' must start an escape such as "
            + "%20 (a space) or %25 (a '%' itself).";

    /** What a page says of an address whose path does not name anything ({@code /members/abc}): a 404. */
    public static final String NOTHING_HERE = "There is nothing at this address.";

    /** The API's problem detail: "The value of 'id' is not valid: it must be a whole number." */
    public static String detail(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String must = number(type) ? ": it must be a whole number, and not a huge one"
                : type == boolean.class || type == Boolean.class ? ": it must be true or false" : "";
        return "The value of '" + e.getName() + "' is not valid" + must + ".";
    }

    private static boolean number(Class<?> type) {
        return type != null && (Number.class.isAssignableFrom(type) || type == int.class || type == long.class);
    }

    /** Whether the value is one of the address's path (a page then answers 404, {@link #NOTHING_HERE}). */
    public static boolean inPath(MethodArgumentTypeMismatchException e) {
        return e.getParameter().hasParameterAnnotation(PathVariable.class);
    }

    /** What a page says of a form's or a query's value it cannot read: a 400 that names the field. */
    public static String onPage(MethodArgumentTypeMismatchException e) {
        return "The value of '" + e.getName() + "' cannot be read: " + (number(e.getRequiredType())
                ? "it must be a whole number, and not a huge one" : "it is none of the values the form offers")
                + ". Nothing was changed; go back and try again.";
    }

    private UnreadableQuery() {
    }
}
