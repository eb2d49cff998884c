package org.ragbook.validate;

import org.ragbook.read.CellRef;

/**
 * Every validation rule Ragbook applies, with the id findings carry. The ids are a contract: the
 * README, the JSON report and analysts' own scripts refer to them.
 */
public enum Rule {
    MISSING_SHEET("missing-sheet", "No sheet holds a table this schema can read."),
    MISSING_COLUMN("missing-column", "The table's header row lacks a required column."),
    UNKNOWN_INDICATOR("unknown-indicator", "The indicator is in no schema: it is read, checked and stored, but"
            + " not compared."),
    UNKNOWN_SEX("unknown-sex", "Sex is not Persons, Male or Female (or P, M, F)."),
    VALUE_NOT_NUMBER("value-not-number", "A number was expected."),
    EXCEL_ERROR("excel-error", "The cell holds an Excel error such as #DIV/0!."),
    DATE_AS_TEXT("date-as-text", "A date was typed or pasted as text."),
    PERIOD_FORMAT("period-format", "The time period is not written in the schema's format."),
    PROPORTION_OUT_OF_RANGE("proportion-out-of-range", "A proportion lies outside 0 to 100%."),
    COUNT_EXCEEDS_DENOMINATOR("count-exceeds-denominator", "A proportion's count is larger than its denominator"
            + " (any count, for an indicator no schema lists)."),
    VALUE_OUTSIDE_INTERVAL("value-outside-interval", "A value lies outside its own confidence interval, or a"
            + " lower limit is above the upper."),
    UNKNOWN_AGE_ID("unknown-age-id", "An upload-layout AgeId is not in Fingertips' table of ages Ragbook holds."),
    UNKNOWN_VALUE_NOTE("unknown-value-note", "An upload-layout ValueNoteId is not in Fingertips' table of value"
            + " notes Ragbook holds."),
    NEGATIVE_FIGURE("negative-figure", "A count, denominator, expected count or standard deviation is below zero"
            + " (or an expected count is zero)."),
    DUPLICATE_OBSERVATION("duplicate", "The same indicator, area, sex, age and period appears twice"
            + " (a warning when the rows are identical, an error when their figures differ)."),
    MISSING_VALUE("missing-value", "The value is blank and the Value note does not say why."),
    UNKNOWN_AGE_BAND("unknown-age-band", "An age band is not one of 0-4, 5-9, … 85-89, 90+."),
    AGE_BAND_COUNT("age-band-count", "An age band's count is blank, not a number or negative."),
    AGE_BAND_POPULATION("age-band-population", "An age band's population is blank, not a number or not above 0."),
    DUPLICATE_AGE_BAND("duplicate-age-band", "The same age band is given twice for one observation."),
    UNMATCHED_AGE_BAND("unmatched-age-band", "Age bands belong to no row of the main table."),
    MISSING_AGE_BANDS("missing-age-bands", "A directly standardised rate has no value and the return has no"
            + " age-band sheet to compute it from."),
    SPC_MISSING_PERIOD("spc-missing-period", "A month is missing from an SPC indicator's series, so it has no"
            + " chart."),
    FIGURE_DISAGREES("figure-disagrees", "A value or interval given disagrees, beyond rounding, with the one"
            + " computed from the count and denominator."),
    OLD_TEMPLATE("old-template", "The return was made from an older version of its schema's template.");

    private final String id;
    private final String description;

    Rule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public Finding error(CellRef cell, String message) {
        return new Finding(Severity.ERROR, id, cell.sheet(), cell, message);
    }

    public Finding warning(CellRef cell, String message) {
        return new Finding(Severity.WARNING, id, cell.sheet(), cell, message);
    }

    public Finding sheetError(String sheet, String message) {
        return new Finding(Severity.ERROR, id, sheet, null, message);
    }

    /** A warning about the whole file, at no sheet or cell. */
    public Finding fileWarning(String message) {
        return new Finding(Severity.WARNING, id, null, null, message);
    }
}
