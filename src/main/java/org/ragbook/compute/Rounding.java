package org.ragbook.compute;

import java.math.BigDecimal;

/**
 * Whether a figure an analyst typed agrees with a computed one "beyond rounding": the given figure
 * is taken to be rounded to the decimals it shows, so 209.1 agrees with 209.0549 but not with 209.2.
 */
final class Rounding {

    private static final int MAX_DECIMALS = 6;

    private Rounding() {
    }

    static boolean agrees(double given, double computed) {
        int decimals = decimalsShown(given);
        double halfUnit = 0.5 * Math.pow(10, -decimals);
        return Math.abs(given - computed) <= halfUnit * (1 + 1e-9) + 1e-12;
    }

    static int decimalsShown(double value) {
        BigDecimal exact = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return Math.max(0, Math.min(MAX_DECIMALS, exact.scale()));
    }
}
