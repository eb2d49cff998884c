package org.ragbook.config;

import java.util.regex.Pattern;

/**
 * One setting as the operator wrote it, with where ({@code ragbook.yaml, line 3: port} or
 * {@code environment variable RAGBOOK_PORT}), so every check can refuse it naming that place.
 */
record Written(String text, String place) {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\+?\\d{1,9}");

    ConfigException problem(String what) {
        return new ConfigException(place + ": " + what);
    }

    int wholeNumber(int min, int max) {
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            throw problem(quoted() + " is not a whole number");
        }
        int n = Integer.parseInt(text);
        if (n < min || n > max) {
            throw problem(quoted() + (max == Integer.MAX_VALUE ? " is not " + min + " or more"
                    : " is not between " + min + " and " + max));
        }
        return n;
    }

    String nonEmpty() {
        if (text.isBlank()) {
            throw problem("is empty");
        }
        return text;
    }

    private String quoted() {
        return "'" + text + "'";
    }
}
