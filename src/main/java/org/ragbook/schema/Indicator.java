package org.ragbook.schema;

/**
 * One indicator a return may hold, as its schema defines it.
 *
 * @param id            a stable slug used in URLs and JSON ({@code breast-screening})
 * @param code          the framework's code ({@code C24a}); returns may write it in {@code Indicator ID}
 * @param fingertipsId  the OHID Fingertips indicator id, or null when there is none
 * @param multiplier    the factor values are shown per (100 for percentages, 100000 for rates)
 * @param benchmark     the comparison area for this indicator
 * @param target        the standard it is held to, or null
 * @param suppressBelow counts below this are not shown (0 for no suppression)
 * @param spc           whether the indicator is read as a monthly SPC series
 */
public record Indicator(
        String id,
        String code,
        Integer fingertipsId,
        String name,
        ValueType valueType,
        double multiplier,
        Polarity polarity,
        CiMethod ciMethod,
        Benchmark benchmark,
        Target target,
        PeriodFormat periodFormat,
        int suppressBelow,
        boolean spc) {

    /** True when a value in a return's {@code Indicator ID} cell names this indicator. */
    public boolean isNamedBy(String cellText) {
        String t = cellText.trim();
        return t.equalsIgnoreCase(code)
                || t.equalsIgnoreCase(id)
                || t.equalsIgnoreCase(name)
                || (fingertipsId != null && t.equals(Integer.toString(fingertipsId)));
    }
}
