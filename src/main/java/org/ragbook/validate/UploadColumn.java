package org.ragbook.validate;

import java.util.List;
import java.util.Locale;

/**
 * The columns of the Fingertips upload layout (the PHOLIO template), named as Fingertips' upload
 * service reads them, with the older names it still accepts. Every column but the 99.8% limits,
 * {@code Denominator_2} and the category pair is required, as in the upload service.
 */
enum UploadColumn {
    INDICATOR_ID(true, "IndicatorId"),
    YEAR(true, "Year"),
    YEAR_RANGE(true, "YearRange"),
    QUARTER(true, "Quarter"),
    MONTH(true, "Month"),
    AGE_ID(true, "AgeId"),
    SEX_ID(true, "SexId"),
    AREA_CODE(true, "AreaCode"),
    COUNT(true, "Count"),
    VALUE(true, "Value"),
    LOWER_CI_95(true, "LowerCI95", "LowerCI"),
    UPPER_CI_95(true, "UpperCI95", "UpperCI"),
    LOWER_CI_998(false, "LowerCI99_8"),
    UPPER_CI_998(false, "UpperCI99_8"),
    DENOMINATOR(true, "Denominator"),
    DENOMINATOR_2(false, "Denominator_2"),
    VALUE_NOTE_ID(true, "ValueNoteId"),
    CATEGORY_TYPE_ID(false, "CategoryTypeId"),
    CATEGORY_ID(false, "CategoryId");

    private final boolean required;
    private final List<String> names;

    UploadColumn(boolean required, String... names) {
        this.required = required;
        this.names = List.of(names);
    }

    boolean required() {
        return required;
    }

    /** The name the current template writes. */
    String header() {
        return names.get(0);
    }

    /** Any letter case (IndicatorID is IndicatorId), and the old names LowerCI and UpperCI for the 95% limits. */
    boolean matches(String headerCell) {
        String cell = headerCell.trim().toLowerCase(Locale.ROOT);
        return names.stream().anyMatch(name -> name.toLowerCase(Locale.ROOT).equals(cell));
    }
}
