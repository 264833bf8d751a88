package dev.pulseboard.account.store;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * The order people's names are listed in: as a reader expects ("ada", "Ángel", "Émile", ..., "Zoë"), case and accents
 * second to the letters, not by the code of each character (which put "ada" after "Zoë" and "Émile" after both).
 */
final class NameOrder {

    private NameOrder() {
    }

    static <T> Comparator<T> by(Function<T, String> name) {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.TERTIARY);
        return Comparator.comparing(name, collator);
    }
}
