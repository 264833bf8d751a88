package dev.pulseboard.dashboard.unit;

/** Reading a unit from a form or the database: its name in any case, else the default. */
final class Units {

    private Units() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, E otherwise) {
        for (E unit : type.getEnumConstants()) {
            if (unit.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return unit;
            }
        }
        return otherwise;
    }
}
