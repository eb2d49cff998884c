package org.ragbook.validate;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import org.ragbook.schema.PeriodFormat;

/**
 * The time period of an upload-layout row, which Fingertips writes as numbers (Year, YearRange,
 * Quarter, Month; null where the return gives -1 or nothing), shown as Fingertips shows it.
 * Whether 2019 is the calendar year or 2019/20 is the indicator's to say, by its period format.
 */
record UploadPeriod(int year, int yearRange, Integer quarter, Integer month) {

    /** {@code 2019}, {@code 2017 - 19}, {@code 2019/20}, {@code 2017/18 - 19/20}, {@code 2019/20 Q2}, {@code Jan 2020}. */
    String label(PeriodFormat format) {
        if (month != null) {
            // English, not the UK locale: Java's UK data abbreviates September as "Sept", Fingertips as "Sep".
            return Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + year;
        }
        if (quarter != null) {
            return financialYear(year) + " Q" + quarter;
        }
        boolean financial = format == PeriodFormat.FINANCIAL_YEAR || format == PeriodFormat.QUARTER;
        int last = year + yearRange - 1;
        if (yearRange > 1) {
            return financial ? financialYear(year) + " - " + financialYear(last).substring(2) : year + " - " + twoDigits(last);
        }
        return financial ? financialYear(year) : Integer.toString(year);
    }

    private static String financialYear(int start) {
        return start + "/" + twoDigits(start + 1);
    }

    private static String twoDigits(int year) {
        return String.format(Locale.ROOT, "%02d", year % 100);
    }
}
