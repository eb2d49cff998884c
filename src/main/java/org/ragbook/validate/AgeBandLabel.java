package org.ragbook.validate;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an age-band label as analysts write it: {@code 0-4}, {@code 0 to 4}, {@code 0–4} (en dash),
 * {@code 5-9 yrs}, {@code 90+}, {@code 90 and over}. Only the 19 bands of the 2013 European Standard
 * Population are accepted, since those are the bands a directly standardised rate is weighted by.
 */
final class AgeBandLabel {

    static final String EXPECTED = "0-4, 5-9, 10-14, … 85-89 or 90+";

    private static final Pattern RANGE = Pattern.compile("(\\d{1,3})\\s*(?:-|to)\\s*(\\d{1,3})");
    private static final Pattern OPEN = Pattern.compile("(\\d{1,3})\\s*(?:\\+|plus|and over|or over|and above)");
    private static final Pattern UNITS = Pattern.compile("\\s*(aged|ages|years|year|yrs|yr)\\s*");

    private AgeBandLabel() {
    }

    static Optional<AgeRange> parse(String label) {
        String text = UNITS.matcher(label.toLowerCase(Locale.ROOT).replace('\u2013', '-').replace('\u2014', '-'))
                .replaceAll(" ").trim();
        Matcher range = RANGE.matcher(text);
        if (range.matches()) {
            return standard(Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2)));
        }
        Matcher open = OPEN.matcher(text);
        if (open.matches()) {
            return standard(Integer.parseInt(open.group(1)), null);
        }
        return Optional.empty();
    }

    private static Optional<AgeRange> standard(int from, Integer to) {
        return AgeRange.isStandard(from, to) ? Optional.of(new AgeRange(from, to)) : Optional.empty();
    }
}
