package dev.pulseboard.withings.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import dev.pulseboard.withings.WithingsProtocolException;

/** A page of a paged Withings answer: its items, whether more follow, and the offset to ask for next. */
public interface Page<T> {

    List<T> items();

    boolean more();

    int offset();

    /**
     * Follows {@code more}/{@code offset} from offset 0 to the last page. Fails with
     * {@link WithingsProtocolException} when a page says "more" but its offset does not advance, or after
     * {@code maxPages} pages.
     */
    static <T> List<T> all(IntFunction<? extends Page<T>> fetch, int maxPages, String endpoint) {
        List<T> all = new ArrayList<>();
        int offset = 0;
        for (int pages = 1;; pages++) {
            Page<T> page = fetch.apply(offset);
            all.addAll(page.items());
            if (!page.more()) {
                return all;
            }
            if (page.offset() <= offset) {
                throw new WithingsProtocolException(endpoint, 0, "paging does not advance: asked for offset " + offset
                        + ", answer says more with offset " + page.offset());
            }
            if (pages >= maxPages) {
                throw new WithingsProtocolException(endpoint, 0, "more than " + maxPages + " pages");
            }
            offset = page.offset();
        }
    }
}
