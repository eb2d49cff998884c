package org.ragbook.compute.ci;

/**
 * Input checks shared by every method. A statistic computed from a negative, infinite or missing
 * input would be published as if it meant something, so each is refused with the quantity named.
 */
final class Require {

    private Require() {
    }

    static double finite(String what, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a number, not " + value);
        }
        return value;
    }

    static double nonNegative(String what, double value) {
        if (!(finite(what, value) >= 0)) {
            throw new IllegalArgumentException(what + " must be zero or more, not " + value);
        }
        return value;
    }

    static double positive(String what, double value) {
        if (!(finite(what, value) > 0)) {
            throw new IllegalArgumentException(what + " must be greater than zero, not " + value);
        }
        return value;
    }
}
