package org.ragbook.annotate;

import java.io.IOException;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.DateUtil;
import org.ragbook.read.CellRef;
import org.ragbook.read.CellValue;

/**
 * Writes one worksheet part, row by row and cell by cell in column order, as Excel requires. The
 * parts of a worksheet must come in the schema's order: views, columns, data, filter, links,
 * comments' drawing.
 */
final class WorksheetXml {

    /** Excel's error values; anything else read as an error is written as text. */
    private static final Set<String> ERROR_CODES =
            Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA");
    private static final int MAX_COLUMNS = 16_384;
    private static final String[] LETTERS = new String[MAX_COLUMNS];

    static {
        for (int c = 0; c < MAX_COLUMNS; c++) {
            LETTERS[c] = CellRef.columnLetters(c);
        }
    }

    /** A cell reference is written for every cell: the row's part is prepared once per row. */
    private final byte[] rowDigits = new byte[10];
    private int rowDigitCount;

    /** A column's width in characters. */
    record Width(int column, int characters) {
    }

    /** An internal link from a cell of this sheet to a cell anywhere in the workbook. */
    record Link(int column, int row, CellRef target) {
    }

    private final XmlOut out;

    WorksheetXml(XmlOut out) {
        this.out = out;
    }

    /**
     * @param frozenRows rows kept in view when scrolling; 0 for none
     */
    void start(boolean selected, int frozenRows, List<Width> widths) {
        out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"")
                .raw(PackageParts.MAIN_NS).raw("\" xmlns:r=\"").raw(PackageParts.RELATIONSHIPS_NS).raw("\">");
        out.raw("<sheetViews><sheetView workbookViewId=\"0\"").raw(selected ? " tabSelected=\"1\"" : "").raw('>');
        if (frozenRows > 0) {
            out.raw("<pane ySplit=\"").raw(frozenRows).raw("\" topLeftCell=\"A").raw(frozenRows + 1)
                    .raw("\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/>");
        }
        out.raw("</sheetView></sheetViews>");
        if (!widths.isEmpty()) {
            out.raw("<cols>");
            for (Width w : widths) {
                out.raw("<col min=\"").raw(w.column() + 1).raw("\" max=\"").raw(w.column() + 1).raw("\" width=\"")
                        .raw(w.characters()).raw("\" customWidth=\"1\"/>");
            }
            out.raw("</cols>");
        }
        out.raw("<sheetData>");
    }

    void startRow(int row) {
        startRow(row, -1);
    }

    /** @param heightPoints the row's height, or -1 for the default */
    void startRow(int row, float heightPoints) {
        String digits = Integer.toString(row + 1);
        rowDigitCount = digits.length();
        for (int i = 0; i < rowDigitCount; i++) {
            rowDigits[i] = (byte) digits.charAt(i);
        }
        out.raw("<row r=\"").raw(rowDigits, rowDigitCount);
        if (heightPoints > 0) {
            out.raw("\" ht=\"").raw(Float.toString(heightPoints)).raw("\" customHeight=\"1");
        }
        out.raw("\">");
    }

    void endRow() throws IOException {
        out.raw("</row>");
        out.flushIfFull();
    }

    /** One of the analyst's values, in the look the row gives it and with a RAG fill if judged. */
    void value(int column, CellValue value, StreamingStyles.Look look, RagColour fill) {
        if (value instanceof CellValue.Number n) {
            number(column, n.value(), StreamingStyles.index(look, fill));
        } else if (value instanceof CellValue.Text t) {
            boolean quoted = InertText.looksLikeFormula(t.value());
            text(column, CellText.fit(t.value()), StreamingStyles.index(quoted ? StreamingStyles.Look.QUOTED : look, fill));
        } else if (value instanceof CellValue.Date d) {
            boolean midnight = d.value().toLocalTime().equals(LocalTime.MIDNIGHT);
            StreamingStyles.Look dateLook = midnight ? StreamingStyles.Look.DATE : StreamingStyles.Look.DATE_TIME;
            number(column, DateUtil.getExcelDate(d.value()), StreamingStyles.index(dateLook, fill));
        } else if (value instanceof CellValue.Bool b) {
            typed(column, "b", b.value() ? "1" : "0", StreamingStyles.index(look, fill));
        } else if (value instanceof CellValue.Error e) {
            if (ERROR_CODES.contains(e.code())) {
                typed(column, "e", e.code(), StreamingStyles.index(look, fill));
            } else {
                text(column, e.code(), StreamingStyles.index(look, fill));
            }
        } else {
            blank(column, StreamingStyles.index(look, fill));
        }
    }

    /** A cell Ragbook writes itself. */
    void planCell(int column, PlanCell cell) {
        StreamingStyles.Look look;
        if (cell.quotePrefixed()) {
            look = StreamingStyles.Look.QUOTED;
        } else if (cell.link() != null) {
            look = StreamingStyles.Look.LINK;
        } else if (cell.emphasis() == PlanCell.Emphasis.TITLE) {
            look = StreamingStyles.Look.TITLE;
        } else if (cell.emphasis() == PlanCell.Emphasis.HEADER) {
            look = StreamingStyles.Look.HEADER;
        } else if (cell.emphasis() == PlanCell.Emphasis.FIGURE) {
            look = StreamingStyles.Look.FIGURE;
        } else if (cell.emphasis() == PlanCell.Emphasis.PARAGRAPH) {
            look = StreamingStyles.Look.PARAGRAPH;
        } else {
            look = StreamingStyles.Look.PLAIN;
        }
        int style = StreamingStyles.index(look, cell.fill());
        if (cell.number() != null) {
            number(column, cell.number(), style);
        } else {
            text(column, cell.text(), style);
        }
    }

    private void number(int column, double v, int style) {
        if (!Double.isFinite(v)) {
            typed(column, "e", "#NUM!", style);
            return;
        }
        open(column, style, null);
        out.raw("<v>").number(v).raw("</v></c>");
    }

    private void text(int column, String text, int style) {
        open(column, style, "inlineStr");
        out.raw(XmlText.needsPreserve(text) ? "<is><t xml:space=\"preserve\">" : "<is><t>").text(text).raw("</t></is></c>");
    }

    private void typed(int column, String type, String value, int style) {
        open(column, style, type);
        out.raw("<v>").text(value).raw("</v></c>");
    }

    private void blank(int column, int style) {
        out.raw("<c r=\"").raw(LETTERS[column]).raw(rowDigits, rowDigitCount).raw('"');
        if (style != 0) {
            out.raw(" s=\"").raw(style).raw('"');
        }
        out.raw("/>");
    }

    private void open(int column, int style, String type) {
        out.raw("<c r=\"").raw(LETTERS[column]).raw(rowDigits, rowDigitCount).raw('"');
        if (style != 0) {
            out.raw(" s=\"").raw(style).raw('"');
        }
        if (type != null) {
            out.raw(" t=\"").raw(type).raw('"');
        }
        out.raw('>');
    }

    void endSheetData() {
        out.raw("</sheetData>");
    }

    /** @param range such as {@code A1:E9} */
    void autoFilter(String range) {
        out.raw("<autoFilter ref=\"").raw(range).raw("\"/>");
    }

    void hyperlinks(List<Link> links) throws IOException {
        if (links.isEmpty()) {
            return;
        }
        out.raw("<hyperlinks>");
        for (Link link : links) {
            out.raw("<hyperlink ref=\"").raw(LETTERS[link.column()]).raw(link.row() + 1).raw("\" location=\"")
                    .text(SheetNames.reference(link.target().sheet(), link.target().address()))
                    .raw("\" display=\"").text(link.target().address()).raw("\"/>");
            out.flushIfFull();
        }
        out.raw("</hyperlinks>");
    }

    void drawing() {
        out.raw("<drawing r:id=\"").raw(PackageParts.DRAWING_ID).raw("\"/>");
    }

    void legacyDrawing() {
        out.raw("<legacyDrawing r:id=\"").raw(PackageParts.VML_ID).raw("\"/>");
    }

    void end() throws IOException {
        out.raw("</worksheet>");
        out.flush();
    }

    static String letters(int column) {
        return LETTERS[column];
    }
}
