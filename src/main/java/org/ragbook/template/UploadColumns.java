package org.ragbook.template;

import java.util.List;

/**
 * The columns of the Fingertips upload layout (the PHOLIO sheet of OHID's upload template), in its
 * order, each with what to enter and its check. Every numeric column takes -1 for "no value", as
 * the upload service reads it; the ids and time columns are whole numbers.
 */
final class UploadColumns {

    private UploadColumns() {
    }

    static List<TemplateColumn> all() {
        return List.of(
                id("IndicatorId", true, "The indicator's Fingertips id, such as 22401."),
                id("Year", true, "The first calendar year of the period, such as 2019 (for 2019/20 too)."),
                id("YearRange", true, "How many years the period spans: 1, or 3 for 2017 - 19."),
                time("Quarter", "The quarter, 1 to 4, for a quarterly figure."),
                time("Month", "The month, 1 to 12, for a monthly figure."),
                id("AgeId", true, "The Fingertips age id, such as 1 for All ages."),
                id("SexId", true, "1 Male, 2 Female, 4 Persons."),
                new TemplateColumn("AreaCode", true, 12, "The area's ONS code, such as E10000018.", null),
                figure("Count", "The number of events or people counted (the numerator)."),
                figure("Value", "The value as a plain number: no % sign, no thousands commas."),
                figure("LowerCI95", "The lower limit of the 95% confidence interval."),
                figure("UpperCI95", "The upper limit of the 95% confidence interval."),
                figure("LowerCI99_8", "The lower limit of the 99.8% confidence interval."),
                figure("UpperCI99_8", "The upper limit of the 99.8% confidence interval."),
                figure("Denominator", "The population or total the count is out of."),
                figure("Denominator_2", "A second denominator, where the indicator has one."),
                time("ValueNoteId", "The Fingertips value note id, such as 401, or -1 for none."),
                time("CategoryTypeId", "The category type id, for a figure by category (deprivation decile)."),
                time("CategoryId", "The category id within that type."));
    }

    private static TemplateColumn id(String header, boolean required, String guidance) {
        return new TemplateColumn(header, required, 12, guidance, new CellCheck.UploadNumber(header, guidance, true,
                false));
    }

    /** A whole-number column that may be -1 or blank: a period that is not quarterly or monthly, no category. */
    private static TemplateColumn time(String header, String guidance) {
        return new TemplateColumn(header, false, 12, guidance, new CellCheck.UploadNumber(header, guidance, true,
                true));
    }

    private static TemplateColumn figure(String header, String guidance) {
        return new TemplateColumn(header, false, 12, guidance, new CellCheck.UploadNumber(header, guidance, false,
                true));
    }
}
