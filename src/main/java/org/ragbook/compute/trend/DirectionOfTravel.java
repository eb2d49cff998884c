package org.ragbook.compute.trend;

import org.ragbook.schema.Polarity;

/**
 * Direction of travel: the latest value against the previous period's, judged by polarity, as in
 * the council dashboards of the seed papers (Public Health and Prevention Indicators in
 * Leicestershire, "DoT"). Equal values are no change; without a polarity the direction is only
 * Increasing or Decreasing. It compares the values as given, with no test of significance: the
 * caller passes them rounded as published when a rounded-away difference should read as no change.
 * (Fingertips' own "compared with the previous value" marker instead asks whether the two 95%
 * confidence intervals overlap; fingertips-open {@code TrendBetweenTwoValuesCalculator}.)
 */
public final class DirectionOfTravel {

    private DirectionOfTravel() {
    }

    public static Direction between(double previous, double latest, Polarity polarity) {
        if (!Double.isFinite(previous) || !Double.isFinite(latest)) {
            return Direction.NOT_APPLICABLE;
        }
        if (latest == previous) {
            return Direction.NO_CHANGE;
        }
        boolean higher = latest > previous;
        return switch (polarity) {
            case HIGH -> higher ? Direction.IMPROVING : Direction.WORSENING;
            case LOW -> higher ? Direction.WORSENING : Direction.IMPROVING;
            case NONE -> higher ? Direction.INCREASING : Direction.DECREASING;
        };
    }
}
