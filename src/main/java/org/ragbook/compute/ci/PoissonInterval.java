package org.ragbook.compute.ci;

import java.util.EnumMap;
import java.util.Map;

/**
 * Confidence limits for an observed count of events treated as Poisson, for the count itself;
 * divide by a denominator or an expected count to get a rate or ratio.
 * Sources: Fingertips technical guidance, "Confidence intervals for rates (Byar's method)";
 * PHEindicatormethods {@code phe_rate} (exact limits) and {@code byars_lower}/{@code byars_upper};
 * Breslow NE, Day NE (1987), Statistical methods in cancer research vol. II.
 */
public final class PoissonInterval {

    /**
     * Exact limits take two numerical inversions, about 15 µs; whole counts below the usual Byar's
     * threshold are most of the counts that need them, so their limits are worked out once.
     */
    private static final int TABULATED_COUNTS = CrudeRates.DEFAULT_BYARS_THRESHOLD;
    private static final Map<ConfidenceLevel, Interval[]> EXACT_FOR_SMALL_WHOLE_COUNTS = tabulateExact();

    private PoissonInterval() {
    }

    /**
     * Exact limits from the chi-squared distribution: lower χ²(α/2; 2x)/2, upper χ²(1 − α/2; 2x + 2)/2.
     * A count of zero has lower limit 0 (R's {@code qchisq} with zero degrees of freedom).
     *
     * @throws IllegalArgumentException for a negative, missing or infinite count
     */
    public static Interval exact(double count, ConfidenceLevel level) {
        Require.nonNegative("The count", count);
        if (count < TABULATED_COUNTS && count == Math.rint(count)) {
            return EXACT_FOR_SMALL_WHOLE_COUNTS.get(level)[(int) count];
        }
        return computeExact(count, level);
    }

    /**
     * Byar's approximation: lower x(1 − 1/(9x) − z/(3√x))³, upper (x+1)(1 − 1/(9(x+1)) + z/(3√(x+1)))³.
     * For very small counts the lower formula goes negative (a count of 1 at 99.8%) or is undefined
     * (0); PHEindicatormethods then returns NA, and the lower limit here is {@code NaN}. Fingertips
     * uses {@link #exact} below 10 events, so published figures never meet this.
     *
     * @throws IllegalArgumentException for a negative, missing or infinite count
     */
    public static Interval byars(double count, ConfidenceLevel level) {
        Require.nonNegative("The count", count);
        double z = level.z();
        double lower = count * Math.pow(1 - 1 / (9 * count) - z / (3 * Math.sqrt(count)), 3);
        double next = count + 1;
        double upper = next * Math.pow(1 - 1 / (9 * next) + z / (3 * Math.sqrt(next)), 3);
        return new Interval(lower >= 0 ? lower : Double.NaN, upper);
    }

    private static Interval computeExact(double count, ConfidenceLevel level) {
        double lower = count == 0 ? 0 : Quantiles.chiSquared(level.lowerTail(), 2 * count) / 2;
        double upper = Quantiles.chiSquared(level.upperTail(), 2 * count + 2) / 2;
        return new Interval(lower, upper);
    }

    private static Map<ConfidenceLevel, Interval[]> tabulateExact() {
        Map<ConfidenceLevel, Interval[]> table = new EnumMap<>(ConfidenceLevel.class);
        for (ConfidenceLevel level : ConfidenceLevel.values()) {
            Interval[] limits = new Interval[TABULATED_COUNTS];
            for (int count = 0; count < TABULATED_COUNTS; count++) {
                limits[count] = computeExact(count, level);
            }
            table.put(level, limits);
        }
        return table;
    }
}
