package dev.pulseboard.emulator.endpoint;

import java.util.List;

/** One page of a list: Withings pages with {@code offset} and {@code more}; the next offset is where this page ends. */
record Page<T>(List<T> items, boolean more, int nextOffset) {

    static <T> Page<T> of(List<T> all, int offset, int size) {
        int from = Math.min(offset, all.size());
        int to = Math.min(from + size, all.size());
        return new Page<>(all.subList(from, to), to < all.size(), to);
    }
}
