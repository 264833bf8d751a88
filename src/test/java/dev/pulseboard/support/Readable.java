package dev.pulseboard.support;

import java.util.List;

/** Collects the answers to bad input that are not readable: a 5xx, or a body that shows an exception. */
public final class Readable {

    private Readable() {
    }

    public static void check(List<String> failures, String what, int status, String body) {
        if (status >= 500 || body.contains("Exception") || body.contains("\tat ")) {
            failures.add(status + " " + what);
        }
    }
}
