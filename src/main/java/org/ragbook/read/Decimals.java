package org.ragbook.read;

import com.fasterxml.jackson.core.io.NumberInput;

/**
 * Parses a plain decimal number: an optional sign, digits with an optional point, an optional
 * exponent ({@code 12}, {@code -3.5}, {@code .5}, {@code 1e3}). Anything else, including thousands
 * separators, percent signs and Java's {@code NaN}, {@code 1d} or hex forms, is not a number.
 *
 * <p>Cell values are mostly short decimals, so those are computed directly: a mantissa of at most
 * 15 digits and a power of ten up to 10^22 are both exact doubles, and one IEEE division of exact
 * operands is correctly rounded, so the result equals {@link Double#parseDouble}'s. Longer forms,
 * such as the 17 digits Excel writes for a computed value, go once the grammar has been checked to
 * Jackson's copy of FastDoubleParser (correctly rounded too, several times faster than the JDK 17
 * parser, and already on the classpath for the JSON report).
 */
final class Decimals {

    private static final int EXACT_DIGITS = 15;
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };

    private Decimals() {
    }

    /** Returns the number, or NaN when the text is not a plain decimal number. */
    static double parse(CharSequence text) {
        int length = text.length();
        int i = 0;
        boolean negative = false;
        if (i < length && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int fractionDigits = 0;
        boolean point = false;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (point) {
                    fractionDigits++;
                }
                if (digits > EXACT_DIGITS) {
                    return parseLong(text, i + 1);
                }
            } else if (c == '.' && !point) {
                point = true;
            } else if ((c == 'e' || c == 'E') && digits > 0) {
                return isExponent(text, i + 1) ? exactly(text) : Double.NaN;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        double value = mantissa / POWERS_OF_TEN[fractionDigits];
        return negative ? -value : value;
    }

    /** Past 15 digits the rest must still be digits, a point and an exponent in that order. */
    private static double parseLong(CharSequence text, int from) {
        boolean point = false;
        for (int i = 0; i < from; i++) {
            point |= text.charAt(i) == '.';
        }
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' && !point) {
                point = true;
            } else if (c == 'e' || c == 'E') {
                return isExponent(text, i + 1) ? exactly(text) : Double.NaN;
            } else if (c < '0' || c > '9') {
                return Double.NaN;
            }
        }
        return exactly(text);
    }

    private static double exactly(CharSequence text) {
        return NumberInput.parseDouble(text.toString(), true);
    }

    private static boolean isExponent(CharSequence text, int from) {
        int i = from;
        if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        for (; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
