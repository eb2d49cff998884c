package org.ragbook.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How Ragbook prints a figure in words: one decimal place with thousands grouped, as the
 * workbook's statistics cells show it ({@link #EXCEL_FORMAT}), so a paper and its workbook agree.
 */
public final class Figures {

    /** The number format of every figure cell Ragbook writes. */
    public static final String EXCEL_FORMAT = "#,##0.0";

    /** DecimalFormat is costly to build and not thread-safe: one per thread. */
    private static final ThreadLocal<DecimalFormat> FORMAT = ThreadLocal.withInitial(
            () -> new DecimalFormat(EXCEL_FORMAT, DecimalFormatSymbols.getInstance(Locale.UK)));

    private Figures() {
    }

    public static String format(double value) {
        return FORMAT.get().format(value);
    }
}
