package org.ragbook.paper;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.ragbook.annotate.RagColour;
import org.ragbook.compute.Rag;
import org.ragbook.report.Figures;
import org.ragbook.report.Report;

/**
 * The appendix table: one row per counted indicator, as seed paper 002's dashboard sets them out,
 * with the value's cell shaded in its RAG colour (the workbook's palette) and the colour also in
 * words, for readers who cannot tell the shades apart and for black-and-white printing.
 */
final class DashboardTable {

    private static final String[] HEADERS = {"Indicator", "Period", "Value", "Benchmark", "Compared", "Recent trend",
        "Rank", "RAG"};
    /** Column widths in twips, summing to the text width: the indicator's name takes what the figures leave. */
    private static final int[] WIDTHS = {2538, 1000, 800, 1100, 1100, 1400, 700, 1000};
    private static final int AREA_WIDTH = 1200;
    private static final int VALUE = 2;
    private static final int TABLE_HALF_POINTS = 16;

    private DashboardTable() {
    }

    static void addTo(XWPFDocument document, Report report) {
        List<Report.ObservationEntry> counted = report.observations().stream()
                .filter(Report.ObservationEntry::counted).toList();
        boolean severalAreas = report.areas() != null && report.areas().size() > 1;
        XWPFTable table = document.createTable(counted.size() + 1, HEADERS.length + (severalAreas ? 1 : 0));
        table.setWidth(CommitteePaper.TEXT_WIDTH_TWIPS);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        List<String> headers = new ArrayList<>(List.of(HEADERS));
        if (severalAreas) {
            headers.add(0, "Area");
        }
        for (int c = 0; c < headers.size(); c++) {
            text(header.getCell(c), headers.get(c), true, false);
        }
        int[] widths = widths(severalAreas);
        table.getRows().forEach(row -> {
            for (int c = 0; c < widths.length; c++) {
                row.getCell(c).setWidth(Integer.toString(widths[c]));
            }
        });
        for (int r = 0; r < counted.size(); r++) {
            Report.ObservationEntry entry = counted.get(r);
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            List<String> cells = new ArrayList<>(List.of(indicator(entry), orDash(entry.period()), value(entry),
                    benchmark(entry), orDash(entry.comparedToBenchmark()), orDash(entry.recentTrend()),
                    orDash(entry.rank()), ragWords(entry)));
            if (severalAreas) {
                cells.add(0, entry.areaName() == null ? entry.area() : entry.areaName());
            }
            RagColour colour = RagColour.of(entry);
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                boolean shaded = c == VALUE + (severalAreas ? 1 : 0) && colour.filled();
                if (shaded) {
                    cell.setColor(colour.rgb());
                }
                text(cell, cells.get(c), false, shaded && colour.whiteText());
            }
        }
    }

    /** With an Area column, the indicator's column gives it room. */
    private static int[] widths(boolean severalAreas) {
        if (!severalAreas) {
            return WIDTHS;
        }
        int[] widths = new int[WIDTHS.length + 1];
        widths[0] = AREA_WIDTH;
        System.arraycopy(WIDTHS, 0, widths, 1, WIDTHS.length);
        widths[1] -= AREA_WIDTH;
        return widths;
    }

    private static void text(XWPFTableCell cell, String text, boolean bold, boolean white) {
        var run = cell.getParagraphs().get(0).createRun();
        run.setFontFamily("Arial");
        run.setFontSize(TABLE_HALF_POINTS / 2);
        run.setBold(bold);
        if (white) {
            run.setColor("FFFFFF");
        }
        run.setText(text);
    }

    private static String indicator(Report.ObservationEntry e) {
        String split = e.sex() == null || e.sex().equals("Persons") ? "" : " (" + e.sex() + ")";
        return e.indicator() + " " + e.indicatorName() + split;
    }

    private static String value(Report.ObservationEntry e) {
        if (e.suppressed()) {
            return "*";
        }
        return e.value() == null ? "-" : Figures.format(e.value());
    }

    private static String benchmark(Report.ObservationEntry e) {
        if (e.target() != null) {
            return "Target " + e.target();
        }
        return e.benchmark() == null ? "-" : Figures.format(e.benchmark());
    }

    private static String ragWords(Report.ObservationEntry e) {
        return RagColour.of(Rag.fromKey(e.rag())).label();
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }
}
