package org.ragbook.compute;

/**
 * The result of comparing an area with its benchmark, labelled exactly as the Fingertips export's
 * column {@code Compared to England value or percentiles} writes it. Best and Worst come only from
 * the two-level comparison, labelled as Fingertips' front end writes them (fingertips-open,
 * IndicatorsUI SignificanceFormatter.getLabel).
 */
public enum Comparison {
    BEST("Best"),
    BETTER("Better"),
    SIMILAR("Similar"),
    WORSE("Worse"),
    WORST("Worst"),
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
