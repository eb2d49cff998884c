package org.ragbook.template;

import java.util.Arrays;
import java.util.List;
import org.ragbook.schema.ReturnSchema;
import org.ragbook.validate.LongColumn;

/** The columns of a template's Indicators sheet: the long layout's, in its order, each with what to enter and its check. */
final class IndicatorColumns {

    private IndicatorColumns() {
    }

    static List<TemplateColumn> of(ReturnSchema schema) {
        return Arrays.stream(LongColumn.values())
                .map(c -> new TemplateColumn(c.header(), c.required(), width(c), guidance(c), check(c, schema)))
                .toList();
    }

    private static CellCheck check(LongColumn column, ReturnSchema schema) {
        return switch (column) {
            case INDICATOR_ID -> SchemaChecks.codes(schema.indicators());
            case SEX -> SchemaChecks.sexes(schema.indicators());
            case AGE -> SchemaChecks.ages(schema.indicators());
            case TIME_PERIOD -> SchemaChecks.period(column.header(), schema.indicators());
            case VALUE, LOWER_CI_95, UPPER_CI_95, LOWER_CI_998, UPPER_CI_998, COUNT, DENOMINATOR, EXPECTED,
                    STANDARD_DEVIATION -> new CellCheck.Figure(column.header(), guidance(column), true);
            case INDICATOR_NAME, AREA_CODE, AREA_NAME, VALUE_NOTE -> null;
        };
    }

    private static int width(LongColumn column) {
        return switch (column) {
            case INDICATOR_NAME -> 40;
            case AREA_NAME -> 24;
            case VALUE_NOTE -> 30;
            case SEX -> 9;
            case AGE, VALUE, COUNT, EXPECTED -> 10;
            default -> 12;
        };
    }

    private static String guidance(LongColumn column) {
        return switch (column) {
            case INDICATOR_ID -> "The indicator's code, from the dropdown; its name or Fingertips id is also read.";
            case INDICATOR_NAME -> "The indicator's name, for people reading the sheet; Ragbook goes by the ID.";
            case AREA_CODE -> "The area's ONS code, such as E10000018. England is E92000001.";
            case AREA_NAME -> "The area's name, such as Leicestershire.";
            case SEX -> "Persons, Male or Female (P, M and F are also read).";
            case AGE -> "The age band, such as 18+ yrs or All ages.";
            case TIME_PERIOD -> "The period, written as the indicator's format below shows.";
            case VALUE -> "The value as a plain number: no % sign, no thousands commas. Leave blank if suppressed.";
            case LOWER_CI_95 -> "The lower limit of the 95% confidence interval, if you have it.";
            case UPPER_CI_95 -> "The upper limit of the 95% confidence interval, if you have it.";
            case LOWER_CI_998 -> "The lower limit of the 99.8% confidence interval, if you have it.";
            case UPPER_CI_998 -> "The upper limit of the 99.8% confidence interval, if you have it.";
            case COUNT -> "The number of events or people counted (the numerator).";
            case DENOMINATOR -> "The population or total the count is out of.";
            case VALUE_NOTE -> "Why a value is missing or provisional, such as 'Suppressed: small numbers'.";
            case EXPECTED -> "For a standardised ratio: the events expected at the reference population's rates"
                    + " (Value is Count / Expected).";
            case STANDARD_DEVIATION -> "For a mean: the standard deviation of the values (Value is the mean,"
                    + " Denominator the number of values).";
        };
    }
}
