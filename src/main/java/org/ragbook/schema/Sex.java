package org.ragbook.schema;

import java.util.Locale;
import java.util.Optional;

/** Sex as Fingertips writes it; returns may also write P, M and F. */
public enum Sex {
    PERSONS("Persons"),
    MALE("Male"),
    FEMALE("Female");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Sex> parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "persons", "person", "p", "all" -> Optional.of(PERSONS);
            case "male", "males", "m" -> Optional.of(MALE);
            case "female", "females", "f" -> Optional.of(FEMALE);
            default -> Optional.empty();
        };
    }
}
