package org.ragbook.compute.rank;

import org.ragbook.schema.Polarity;

/**
 * An area's fifth of England, worded as Fingertips words it (fingertips-open trend table,
 * {@code TrendTableMarkerTooltopProvider}, and the map legends "Best … Worst" / "Low … High"):
 * from best to worst when the indicator has a polarity, from lowest to highest when it has none.
 * The seed paper's "falls within the 2nd best Quintile of the country" is {@link #SECOND_BEST}.
 */
public enum Quintile {
    BEST(1, "Best quintile"),
    SECOND_BEST(2, "2nd best quintile"),
    MIDDLE(3, "Middle quintile"),
    SECOND_WORST(4, "2nd worst quintile"),
    WORST(5, "Worst quintile"),
    LOWEST(1, "Lowest quintile"),
    SECOND_LOWEST(2, "2nd lowest quintile"),
    SECOND_HIGHEST(4, "2nd highest quintile"),
    HIGHEST(5, "Highest quintile");

    private final int number;
    private final String label;

    Quintile(int number, String label) {
        this.number = number;
        this.label = label;
    }

    /** Fingertips' category: 1 is the best fifth, or the lowest without a polarity; 5 the worst or highest. */
    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    static Quintile of(int number, Polarity polarity) {
        boolean judged = polarity != Polarity.NONE;
        return switch (number) {
            case 1 -> judged ? BEST : LOWEST;
            case 2 -> judged ? SECOND_BEST : SECOND_LOWEST;
            case 3 -> MIDDLE;
            case 4 -> judged ? SECOND_WORST : SECOND_HIGHEST;
            case 5 -> judged ? WORST : HIGHEST;
            default -> throw new IllegalArgumentException("There is no quintile " + number);
        };
    }
}
