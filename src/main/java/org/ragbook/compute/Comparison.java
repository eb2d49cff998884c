package org.ragbook.compute;

/**
 * The result of comparing an area with its benchmark, labelled exactly as the Fingertips export's
 * column {@code Compared to England value or percentiles} writes it.
 */
public enum Comparison {
    BETTER("Better"),
    SIMILAR("Similar"),
    WORSE("Worse"),
    HIGHER("Higher"),
    LOWER("Lower"),
    NOT_COMPARED("Not compared");

    private final String label;

    Comparison(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
