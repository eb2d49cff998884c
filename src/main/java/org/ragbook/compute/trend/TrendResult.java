package org.ragbook.compute.trend;

/**
 * The recent trend of a series. {@code chiSquared} and {@code slope} (in value units per period) are
 * null when the trend cannot be calculated; {@code reason} then says why, and otherwise gives the
 * test statistic in words for the analyst.
 */
public record TrendResult(TrendLabel label, Double chiSquared, Double slope, String reason) {

    static TrendResult cannotBeCalculated(String reason) {
        return new TrendResult(TrendLabel.CANNOT_BE_CALCULATED, null, null, reason);
    }
}
