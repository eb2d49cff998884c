package org.ragbook.schema;

import java.util.List;
import java.util.Optional;

/**
 * One kind of return: the indicators it may hold and how its table is laid out.
 *
 * @param id          the schema's name in commands and URLs ({@code phof-dashboard})
 * @param source      where it was loaded from, for messages ({@code phof-dashboard.yaml})
 * @param wideLayout  a seed-style table this schema also reads, or null (the long Fingertips
 *                    layout is always read)
 * @param areaCode    the reporting area's code, used when a wide table does not say
 * @param ageBandSheet the sheet holding age-band counts and populations from which directly
 *                    standardised rates are computed, or null when the schema names none
 * @param version     the schema's version, from 1: its templates carry it, so a return made from
 *                    an older template can be told to use a new one
 */
public record ReturnSchema(
        String id,
        String title,
        String description,
        String source,
        WideLayout wideLayout,
        String areaCode,
        String areaName,
        String ageBandSheet,
        List<Indicator> indicators,
        int version) {

    public ReturnSchema {
        indicators = List.copyOf(indicators);
    }

    /**
     * The schema of a Fingertips upload-layout return whose indicators no schema lists: it lists
     * none itself, so every indicator is read and checked as unlisted and none is judged.
     */
    public static ReturnSchema unlisted() {
        return new ReturnSchema("unlisted", "Indicators no schema lists", "Fingertips upload-layout returns whose"
                + " indicators are in no schema: read, checked and stored, not compared.", "built in", null, null,
                null, null, List.of(), 1);
    }

    /** The indicator a return's {@code Indicator ID} or metric cell names, if this schema has it. */
    public Optional<Indicator> indicator(String cellText) {
        return indicators.stream().filter(i -> i.isNamedBy(cellText)).findFirst();
    }

    /**
     * The indicator a return's row names, using its Age cell to choose between indicators that share
     * a code (E14 for all ages and for 85+); when the age does not decide, the first listed is taken.
     */
    public Optional<Indicator> indicator(String cellText, String ageText) {
        List<Indicator> named = indicators.stream().filter(i -> i.isNamedBy(cellText)).toList();
        return named.stream().filter(i -> i.isForAge(ageText)).findFirst().or(() -> named.stream().findFirst());
    }
}
