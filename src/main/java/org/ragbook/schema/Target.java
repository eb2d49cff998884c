package org.ragbook.schema;

/**
 * A standard or plan an indicator is held to, such as {@code >= 85} (cancer 62 days) or
 * {@code < 21851} (RTT total waiting). A value that misses the target by no more than
 * {@code amberTolerance} (in the value's own units) is amber rather than red.
 */
public record Target(Operator operator, double value, double amberTolerance) {

    public enum Operator {
        GREATER(">"),
        GREATER_OR_EQUAL(">="),
        LESS("<"),
        LESS_OR_EQUAL("<=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean holds(double x, double target) {
            return switch (this) {
                case GREATER -> x > target;
                case GREATER_OR_EQUAL -> x >= target;
                case LESS -> x < target;
                case LESS_OR_EQUAL -> x <= target;
            };
        }

        /** True when higher values are the good side of this operator. */
        public boolean higherIsBetter() {
            return this == GREATER || this == GREATER_OR_EQUAL;
        }
    }

    public Target {
        if (amberTolerance < 0) {
            throw new IllegalArgumentException("amber tolerance must not be negative");
        }
    }

    @Override
    public String toString() {
        return operator.symbol() + " " + formatNumber(value);
    }

    private static String formatNumber(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
