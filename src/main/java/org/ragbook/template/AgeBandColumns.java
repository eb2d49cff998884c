package org.ragbook.template;

import java.util.Arrays;
import java.util.List;
import org.ragbook.schema.CiMethod;
import org.ragbook.schema.Indicator;
import org.ragbook.schema.ReturnSchema;
import org.ragbook.validate.AgeBandColumn;
import org.ragbook.validate.AgeRange;

/**
 * The columns of a template's age-band sheet, from which directly standardised rates are computed:
 * its checks offer only the schema's indicators computed that way.
 */
final class AgeBandColumns {

    private AgeBandColumns() {
    }

    static List<TemplateColumn> of(ReturnSchema schema) {
        List<Indicator> standardised = schema.indicators().stream().filter(i -> i.ciMethod() == CiMethod.DOBSON).toList();
        return Arrays.stream(AgeBandColumn.values())
                .map(c -> new TemplateColumn(c.header(), c.required(), width(c), guidance(c), check(c, standardised)))
                .toList();
    }

    private static CellCheck check(AgeBandColumn column, List<Indicator> standardised) {
        return switch (column) {
            case INDICATOR_ID -> SchemaChecks.codes(standardised);
            case SEX -> SchemaChecks.sexes(standardised);
            case TIME_PERIOD -> SchemaChecks.period(column.header(), standardised);
            case AGE_BAND -> new CellCheck.Choice(AgeRange.standardBands().stream().map(AgeRange::toString).toList(),
                    "Pick one of the 19 bands of the 2013 European Standard Population: 0-4, 5-9, … 85-89, 90+.");
            case COUNT -> new CellCheck.Figure(column.header(), guidance(column), true);
            case POPULATION -> new CellCheck.Figure(column.header(), guidance(column), false);
            case AREA_CODE -> null;
        };
    }

    private static String guidance(AgeBandColumn column) {
        return switch (column) {
            case COUNT -> "The band's number of events.";
            case POPULATION -> "The band's population.";
            default -> null;
        };
    }

    private static int width(AgeBandColumn column) {
        return switch (column) {
            case SEX -> 9;
            case AGE_BAND, COUNT -> 10;
            default -> 12;
        };
    }
}
