package org.ragbook.pack;

import org.ragbook.annotate.RagColour;
import org.ragbook.report.Report;

/**
 * One organisation's figure for one indicator, as its annotated workbook shows it: the value (shown
 * {@code #,##0.0}), in its RAG colour, with the reason for the colour.
 *
 * @param value  the figure judged, or null where there is none to show
 * @param text   what the cell shows without a value: {@code *} suppressed, {@code -} none given, or
 *               empty where the return does not hold the indicator
 * @param reason why the figure has its colour, or null where the return does not hold the indicator
 */
public record PackCell(Double value, String text, RagColour colour, String reason) {

    static final PackCell NOT_IN_RETURN = new PackCell(null, "", RagColour.NOT_COMPARED, null);

    static PackCell of(Report.ObservationEntry entry) {
        if (entry.suppressed()) {
            return new PackCell(null, "*", RagColour.of(entry), entry.reason());
        }
        return new PackCell(entry.value(), entry.value() == null ? "-" : "", RagColour.of(entry), entry.reason());
    }
}
