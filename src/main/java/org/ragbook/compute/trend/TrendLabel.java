package org.ragbook.compute.trend;

import org.ragbook.schema.Polarity;

/**
 * A recent trend as the Fingertips export's "Recent Trend" column writes it. The wording with
 * "getting better/worse" is for indicators with a polarity; without one the trend only says which
 * way the values move (fingertips-open {@code TrendMarkerLabelProvider}).
 */
public enum TrendLabel {
    INCREASING_AND_GETTING_BETTER("Increasing and getting better"),
    INCREASING_AND_GETTING_WORSE("Increasing and getting worse"),
    DECREASING_AND_GETTING_BETTER("Decreasing and getting better"),
    DECREASING_AND_GETTING_WORSE("Decreasing and getting worse"),
    INCREASING("Increasing"),
    DECREASING("Decreasing"),
    NO_SIGNIFICANT_CHANGE("No significant change"),
    CANNOT_BE_CALCULATED("Cannot be calculated");

    private final String label;

    TrendLabel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True for a statistically significant trend, whichever way it goes. */
    public boolean significant() {
        return this != NO_SIGNIFICANT_CHANGE && this != CANNOT_BE_CALCULATED;
    }

    /** The label of a significant trend in the direction {@code increasing}, judged by {@code polarity}. */
    static TrendLabel significant(boolean increasing, Polarity polarity) {
        return switch (polarity) {
            case HIGH -> increasing ? INCREASING_AND_GETTING_BETTER : DECREASING_AND_GETTING_WORSE;
            case LOW -> increasing ? INCREASING_AND_GETTING_WORSE : DECREASING_AND_GETTING_BETTER;
            case NONE -> increasing ? INCREASING : DECREASING;
        };
    }
}
