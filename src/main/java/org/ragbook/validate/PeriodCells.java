package org.ragbook.validate;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.ragbook.read.CellRef;
import org.ragbook.read.CellValue;
import org.ragbook.schema.Indicator;
import org.ragbook.schema.PeriodFormat;

/** Reads a time-period cell and checks it against the indicator's period format. */
final class PeriodCells {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private PeriodCells() {
    }

    /** The period as text, or null (with a finding) when it is missing or not in the indicator's format. */
    static String read(CellValue cell, CellRef ref, Indicator indicator, List<Finding> findings) {
        PeriodFormat format = indicator.periodFormat();
        if (cell instanceof CellValue.Date date) {
            if (format == PeriodFormat.MONTH || format == PeriodFormat.ANY) {
                return date.value().format(MONTH);
            }
            findings.add(Rule.PERIOD_FORMAT.error(ref, "The time period is a date (" + date.display() + "), but "
                    + indicator.code() + " is reported by " + describe(format) + ", written like '"
                    + format.example() + "'."));
            return null;
        }
        String text = TextCells.text(cell);
        if (text == null) {
            findings.add(Rule.PERIOD_FORMAT.error(ref, "The time period is missing. " + indicator.code()
                    + " periods are written like '" + format.example() + "'."));
            return null;
        }
        if (NumberCells.looksLikeDate(text) && !format.matches(text)) {
            findings.add(Rule.DATE_AS_TEXT.error(ref, "The time period '" + text + "' is a date typed as text. "
                    + "Write the period like '" + format.example() + "'"
                    + (format == PeriodFormat.MONTH ? ", or enter a real date in a date-formatted cell." : ".")));
            return null;
        }
        if (!format.matches(text)) {
            findings.add(Rule.PERIOD_FORMAT.error(ref, "The time period '" + text + "' is not how " + indicator.code()
                    + " periods are written: expected " + describe(format) + " such as '" + format.example() + "'."));
            return null;
        }
        return text;
    }

    private static String describe(PeriodFormat format) {
        return switch (format) {
            case CALENDAR_YEAR -> "a calendar year";
            case FINANCIAL_YEAR -> "a financial year";
            case MULTI_YEAR -> "a range of years";
            case MONTH -> "a month";
            case QUARTER -> "a quarter";
            case PERIOD_RANGE -> "a range of months";
            case ANY -> "a period";
        };
    }
}
