package org.ragbook.store;

import java.util.Locale;
import java.util.Optional;

/**
 * Enum constants are written lower-case in the database, the API and the CLI, an underscore as a
 * space ({@code awaiting confirmation}); this reads them back.
 */
final class Labelled {

    private Labelled() {
    }

    static String label(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (label(constant).equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
