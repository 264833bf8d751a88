package dev.pulseboard.core;

/**
 * An address whose query Tomcat cannot decode ({@code ?from=%zz}): the client's mistake, answered 400 in these words
 * on pages and in the API alike, never logged as a server failure.
 */
public final class UnreadableQuery {

    public static final String REASON = "The query of this address cannot be read: a '%' must start an escape such as "
            + "%20 (a space) or %25 (a '%' itself).";

    private UnreadableQuery() {
    }
}
