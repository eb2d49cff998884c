package org.ragbook.compute.trend;

import java.math.BigDecimal;

/** Numbers in messages as the analyst typed them: 5 not 5.0, 0.25 not 2.5E-1. */
final class Numbers {

    private Numbers() {
    }

    static String text(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}
