package org.ragbook.validate;

/**
 * The columns of the age-band sheet: the long layout's identifying columns, then each band's
 * label, events and population. Headers are matched as the long layout's are.
 */
public enum AgeBandColumn {
    INDICATOR_ID("Indicator ID", true),
    AREA_CODE("Area Code", true),
    SEX("Sex", false),
    TIME_PERIOD("Time period", true),
    AGE_BAND("Age band", true),
    COUNT("Count", true),
    POPULATION("Population", true);

    private final String header;
    private final boolean required;

    AgeBandColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    boolean matches(String headerCell) {
        return LongColumn.normalise(headerCell).equals(LongColumn.normalise(header));
    }
}
