package org.ragbook.schema;

import java.util.Locale;

/**
 * One indicator a return may hold, as its schema defines it.
 *
 * @param id            a stable slug used in URLs and JSON ({@code breast-screening})
 * @param code          the framework's code ({@code C24a}); returns may write it in {@code Indicator ID}
 * @param fingertipsId  the OHID Fingertips indicator id, or null when there is none
 * @param sex           the sex a row is for when the return leaves Sex blank, or null when the indicator
 *                      is published separately for males and females and each row must say which
 * @param age           the age band as Fingertips labels it ({@code 85+ yrs}), or null when not stated;
 *                      two indicators may share a code when their ages differ (E14 and E14 aged 85+)
 * @param multiplier    the factor values are shown per (100 for percentages, 100000 for rates)
 * @param benchmark     the comparison area for this indicator
 * @param levels        whether the benchmark comparison uses the 95% interval alone or the 95% and
 *                      99.8% intervals (Fingertips' two-level comparison: Best and Worst beyond 99.8%)
 * @param target        the standard it is held to, or null
 * @param suppressBelow counts below this are not shown (0 for no suppression)
 * @param spc           how the indicator is charted as a monthly SPC series, or null when it is not
 * @param partOf        the id of the indicator this one's counts add up to (deaths in hospital are
 *                      part of all deaths), or null; it lets suppression protect hidden parts
 */
public record Indicator(
        String id,
        String code,
        Integer fingertipsId,
        String name,
        Sex sex,
        String age,
        ValueType valueType,
        double multiplier,
        Polarity polarity,
        CiMethod ciMethod,
        Benchmark benchmark,
        ComparisonLevels levels,
        Target target,
        PeriodFormat periodFormat,
        int suppressBelow,
        SpcSettings spc,
        String partOf) {

    /** Ids of indicators no schema lists start so; a schema's own ids are slugs and never hold a colon. */
    private static final String UNLISTED = "unlisted:";

    /**
     * An indicator a return names but no schema lists, so that its rows are still read, checked and
     * stored: with no polarity, benchmark rule or target known, it is never judged, only reported as
     * Not compared. A numeric name is taken as its Fingertips indicator id.
     */
    public static Indicator unlisted(String cellText) {
        String name = cellText.trim();
        Integer fingertipsId = name.matches("\\d{1,9}") ? Integer.valueOf(name) : null;
        return new Indicator(UNLISTED + name, name, fingertipsId, "Indicator " + name, Sex.PERSONS, null,
                ValueType.RATIO, 1, Polarity.NONE, CiMethod.GIVEN, Benchmark.ENGLAND, ComparisonLevels.SINGLE_LEVEL,
                null, PeriodFormat.ANY, 0, null, null);
    }

    /** False for an indicator made by {@link #unlisted}: no schema says how to judge it. */
    public boolean isListed() {
        return !id.startsWith(UNLISTED);
    }

    /** True when a value in a return's {@code Indicator ID} cell names this indicator. */
    public boolean isNamedBy(String cellText) {
        String t = cellText.trim();
        return t.equalsIgnoreCase(code)
                || t.equalsIgnoreCase(id)
                || t.equalsIgnoreCase(name)
                || (fingertipsId != null && t.equals(Integer.toString(fingertipsId)));
    }

    /** True when a return's Age cell names this indicator's age band ({@code 85+}, {@code 85+ yrs}). */
    public boolean isForAge(String ageText) {
        return age != null && ageText != null && ageKey(age).equals(ageKey(ageText));
    }

    private static String ageKey(String ageText) {
        return ageText.toLowerCase(Locale.ROOT).replaceAll("\\s+", "").replaceAll("(yrs|years|yr)$", "");
    }
}
