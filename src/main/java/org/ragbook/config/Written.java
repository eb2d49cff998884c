package org.ragbook.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
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

    /**
     * An http or https address with a host, such as {@code https://ragbook.example.org/returns}, without
     * the trailing slash, so that a path is appended to it as it is written.
     */
    URI webAddress() {
        String trimmed = nonEmpty().trim().replaceAll("/+$", "");
        try {
            URI address = new URI(trimmed);
            String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && address.getHost() != null
                    && address.getQuery() == null && address.getFragment() == null) {
                return address;
            }
        } catch (URISyntaxException notAnAddress) {
            // refused below, with the place it was written
        }
        throw problem(quoted() + " is not an http or https address (such as https://ragbook.example.org)");
    }

    private String quoted() {
        return "'" + text + "'";
    }
}
