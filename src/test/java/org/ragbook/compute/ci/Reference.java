package org.ragbook.compute.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.assertj.core.data.Percentage;

/**
 * Comparison of our estimates with PHEindicatormethods' expected figures to one part in 10⁹
 * (relative; an expected 0 must be exactly 0).
 */
final class Reference {

    static final Percentage ONE_PART_PER_BILLION = withinPercentage(1e-7);

    private Reference() {
    }

    static void assertMatches(double actual, ReferenceRow row, String column) {
        double expected = row.number(column);
        if (Double.isNaN(expected)) {
            assertThat(actual).as("%s %s (NA in the reference)", row, column).isNaN();
        } else {
            assertThat(actual).as("%s %s", row, column).isCloseTo(expected, ONE_PART_PER_BILLION);
        }
    }

    /** value, and the limits at each level the row gives: lower95_0cl/upper95_0cl, lower99_8cl/upper99_8cl. */
    static void assertMatchesBothLevels(Estimate actual, ReferenceRow row) {
        assertMatches(actual.value(), row, "value");
        assertMatches(actual.ci95().lower(), row, "lower95_0cl");
        assertMatches(actual.ci95().upper(), row, "upper95_0cl");
        if (row.has("lower99_8cl") || row.has("upper99_8cl")) {
            assertMatches(actual.ci998().lower(), row, "lower99_8cl");
            assertMatches(actual.ci998().upper(), row, "upper99_8cl");
        }
    }

    /** value, and lowercl/uppercl at the level named in the row's confidence column ("95%", "99.8%"). */
    static void assertMatchesStatedLevel(Estimate actual, ReferenceRow row) {
        assertMatches(actual.value(), row, "value");
        assertMatchesStatedLevel(actual.interval(level(row)), row);
    }

    static void assertMatchesStatedLevel(Interval actual, ReferenceRow row) {
        assertMatches(actual.lower(), row, "lowercl");
        assertMatches(actual.upper(), row, "uppercl");
    }

    static ConfidenceLevel level(ReferenceRow row) {
        String confidence = row.text("confidence");
        return switch (confidence) {
            case "95%" -> ConfidenceLevel.NINETY_FIVE;
            case "99.8%" -> ConfidenceLevel.NINETY_NINE_POINT_EIGHT;
            default -> throw new IllegalStateException(row + ": unknown confidence " + confidence);
        };
    }
}
