package org.ragbook.validate;

import java.util.Locale;

/**
 * The columns of the long layout, named as in the OHID Fingertips data export so that an export
 * is a valid return. Only the four that identify an observation and its value are required.
 */
public enum LongColumn {
    INDICATOR_ID("Indicator ID", true),
    INDICATOR_NAME("Indicator Name", false),
    AREA_CODE("Area Code", true),
    AREA_NAME("Area Name", false),
    SEX("Sex", false),
    AGE("Age", false),
    TIME_PERIOD("Time period", true),
    VALUE("Value", true),
    LOWER_CI_95("Lower CI 95.0 limit", false),
    UPPER_CI_95("Upper CI 95.0 limit", false),
    LOWER_CI_998("Lower CI 99.8 limit", false),
    UPPER_CI_998("Upper CI 99.8 limit", false),
    COUNT("Count", false),
    DENOMINATOR("Denominator", false),
    VALUE_NOTE("Value note", false),
    /** Expected events at the reference population's rates: an indirectly standardised ratio is Count / Expected. */
    EXPECTED("Expected", false),
    /** The sample standard deviation of a mean, whose Value is the mean and Denominator the number of values. */
    STANDARD_DEVIATION("Standard deviation", false);

    private final String header;
    private final boolean required;

    LongColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    /** Header cells are matched ignoring case and spacing: analysts retype them. */
    static String normalise(String text) {
        return text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    boolean matches(String headerCell) {
        return normalise(headerCell).equals(normalise(header));
    }
}
