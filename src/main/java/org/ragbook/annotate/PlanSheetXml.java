package org.ragbook.annotate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Streams one of Ragbook's own sheets (Summary, Validation, Statistics, SPC). */
final class PlanSheetXml {

    private PlanSheetXml() {
    }

    /** @param drawn whether the sheet has a drawing (the SPC sheet's charts), related as {@link PackageParts#DRAWING_ID} */
    static void write(PlanSheet sheet, boolean selected, boolean drawn, WorksheetXml xml) throws IOException {
        List<WorksheetXml.Width> widths = new ArrayList<>();
        for (int c = 0; c < sheet.widths().size(); c++) {
            widths.add(new WorksheetXml.Width(c, sheet.widths().get(c)));
        }
        xml.start(selected, sheet.hasTable() ? sheet.headerRow() + 1 : 0, widths);
        List<WorksheetXml.Link> links = new ArrayList<>();
        List<List<PlanCell>> rows = sheet.rows();
        for (int r = 0; r < rows.size(); r++) {
            List<PlanCell> cells = rows.get(r);
            if (cells.isEmpty()) {
                continue;
            }
            xml.startRow(r, sheet.rowHeightPoints(r));
            for (int c = 0; c < cells.size(); c++) {
                PlanCell cell = cells.get(c);
                if (!cell.isEmpty()) {
                    xml.planCell(c, cell);
                    if (cell.link() != null) {
                        links.add(new WorksheetXml.Link(c, r, cell.link()));
                    }
                }
            }
            xml.endRow();
        }
        xml.endSheetData();
        String range = filterRange(sheet);
        if (range != null) {
            xml.autoFilter(range.replace("$", ""));
        }
        xml.hyperlinks(links);
        if (drawn) {
            xml.drawing();
        }
        xml.end();
    }

    /** The table's range with absolute references, {@code $A$1:$E$9}, or null when the sheet has no table. */
    static String filterRange(PlanSheet sheet) {
        if (!sheet.hasTable()) {
            return null;
        }
        return "$A$" + (sheet.headerRow() + 1) + ":$" + WorksheetXml.letters(sheet.tableColumns() - 1) + "$" + sheet.rows().size();
    }
}
