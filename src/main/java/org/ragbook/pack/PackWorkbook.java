package org.ragbook.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ragbook.annotate.InertText;
import org.ragbook.annotate.RagColour;
import org.ragbook.report.Figures;

/**
 * Writes the lead's pack as a workbook (POI stays here): an Organisations sheet, a row per
 * organisation with who sent its latest return, when, its colours and a link to it; and an
 * Indicators sheet, the counted indicators down and the returns across, each figure shown and filled
 * as its annotated workbook shows it, with the reason for its colour as the cell's comment.
 */
public final class PackWorkbook {

    private static final String ORGANISATIONS = "Organisations";
    private static final String INDICATORS = "Indicators";
    /** Row 0 says what the sheet is, row 1 heads its table; both stay in view as the reader scrolls. */
    private static final int HEADER_ROW = 1;

    private static final List<String> ORGANISATION_HEADINGS = List.of("Organisation", "Submitted by",
            "Received (UK time)", "Status", "Latest period", "Green", "Amber", "Red", "Not compared", "File", "Link");
    private static final List<String> INDICATOR_HEADINGS = List.of("Indicator", "Name", "Sex", "Age");
    private static final String ANNOTATED = "Annotated";

    private static final String COMMENT_AUTHOR = "Ragbook";
    private static final String RECEIVED_FORMAT = "yyyy-mm-dd hh:mm";
    private static final byte[] LINK_BLUE = {0x05, 0x63, (byte) 0xC1};
    private static final byte[] WHITE = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
    private static final short TITLE_POINTS = 14;
    private static final int WIDTH_UNITS_PER_CHARACTER = 256;
    private static final int[] ORGANISATION_WIDTHS = {36, 20, 18, 18, 14, 8, 8, 8, 13, 30, 45};
    private static final int[] INDICATOR_WIDTHS = {10, 45, 9, 10};
    private static final int RETURN_WIDTH = 18;
    private static final float LINE_POINTS = 15f;
    /** A comment's box, in cells: beside its cell, wide and deep enough for a reason's sentence or two. */
    private static final int COMMENT_COLUMNS = 3;
    private static final int COMMENT_ROWS = 4;

    private final XSSFWorkbook workbook;
    /** A workbook holds at most 64,000 styles: one per kind of cell, never one per cell. */
    private final Map<String, XSSFCellStyle> styles = new HashMap<>();

    private PackWorkbook(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    public static void write(LeadsPack pack, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            PackWorkbook writer = new PackWorkbook(workbook);
            writer.organisations(pack);
            writer.indicators(pack);
            workbook.write(out);
        }
    }

    private void organisations(LeadsPack pack) {
        XSSFSheet sheet = workbook.createSheet(ORGANISATIONS);
        title(sheet, pack, "the latest annotated return of each organisation");
        headings(sheet, ORGANISATION_HEADINGS);
        int r = HEADER_ROW + 1;
        for (OrganisationLine line : pack.organisations()) {
            XSSFRow row = sheet.createRow(r++);
            text(row, 0, line.organisation());
            if (line instanceof OrganisationLine.Submitted submitted) {
                PackedReturn packed = submitted.packed();
                text(row, 1, packed.submittedBy());
                XSSFCell received = row.createCell(2);
                received.setCellValue(LocalDateTime.ofInstant(packed.receivedAt(), ReceivedRange.UK));
                received.setCellStyle(style("received", s -> s.setDataFormat(format(RECEIVED_FORMAT))));
                text(row, 3, ANNOTATED);
                text(row, 4, packed.period());
                RagCounts counts = submitted.counts();
                int[] tally = {counts.green(), counts.amber(), counts.red(), counts.notCompared()};
                for (int i = 0; i < tally.length; i++) {
                    row.createCell(5 + i).setCellValue(tally[i]);
                }
                text(row, 9, packed.fileName());
                link(row.createCell(10), packed.link().toString());
            } else {
                text(row, 3, OrganisationLine.NotYetSubmitted.WORDS);
            }
        }
        widths(sheet, ORGANISATION_WIDTHS);
        sheet.createFreezePane(1, HEADER_ROW + 1);
        // printed for a meeting: one page wide, as many long as it takes
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, r - 1), 0,
                ORGANISATION_HEADINGS.size() - 1));
    }

    private void indicators(LeadsPack pack) {
        XSSFSheet sheet = workbook.createSheet(INDICATORS);
        title(sheet, pack, "the counted indicators of each organisation's latest annotated return");
        List<String> headings = new ArrayList<>(INDICATOR_HEADINGS);
        pack.columns().forEach(column -> headings.add(column.label()));
        // Excel does not grow a row to fit wrapped text when it opens a workbook: room for the longest name
        int longest = pack.columns().stream().mapToInt(column -> column.label().length()).max().orElse(0);
        int lines = Math.max(1, (longest + RETURN_WIDTH - 1) / RETURN_WIDTH);
        headings(sheet, headings).setHeightInPoints(LINE_POINTS * lines);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int r = HEADER_ROW + 1;
        for (IndicatorLine line : pack.indicators()) {
            XSSFRow row = sheet.createRow(r++);
            text(row, 0, line.indicator());
            text(row, 1, line.name());
            text(row, 2, line.sex());
            text(row, 3, line.age());
            for (int c = 0; c < line.cells().size(); c++) {
                figure(drawing, row, INDICATOR_HEADINGS.size() + c, line.cells().get(c));
            }
        }
        widths(sheet, INDICATOR_WIDTHS);
        for (int c = 0; c < pack.columns().size(); c++) {
            sheet.setColumnWidth(INDICATOR_HEADINGS.size() + c, RETURN_WIDTH * WIDTH_UNITS_PER_CHARACTER);
        }
        sheet.createFreezePane(INDICATOR_HEADINGS.size(), HEADER_ROW + 1);
        // printed, many organisations run over several pages: each names its rows and columns
        sheet.getPrintSetup().setLandscape(true);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, INDICATOR_HEADINGS.size() - 1));
    }

    /** A figure as its annotated workbook shows it: {@code #,##0.0}, in its colour, with why as the comment. */
    private void figure(XSSFDrawing drawing, XSSFRow row, int column, PackCell cell) {
        if (cell.value() == null && cell.text().isEmpty()) {
            return;
        }
        XSSFCell target = row.createCell(column);
        RagColour colour = cell.colour();
        if (cell.value() != null) {
            target.setCellValue(cell.value());
            target.setCellStyle(style("figure " + colour, s -> {
                s.setDataFormat(format(Figures.EXCEL_FORMAT));
                fill(s, colour);
            }));
        } else {
            target.setCellValue(cell.text());
            target.setCellStyle(style("shown " + colour, s -> fill(s, colour)));
        }
        if (cell.reason() != null && !cell.reason().isBlank()) {
            XSSFClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
            anchor.setCol1(column + 1);
            anchor.setCol2(column + 1 + COMMENT_COLUMNS);
            anchor.setRow1(row.getRowNum());
            anchor.setRow2(row.getRowNum() + COMMENT_ROWS);
            XSSFComment comment = drawing.createCellComment(anchor);
            comment.setString(new XSSFRichTextString(cell.reason()));
            comment.setAuthor(COMMENT_AUTHOR);
            target.setCellComment(comment);
        }
    }

    private void title(XSSFSheet sheet, LeadsPack pack, String what) {
        String range = pack.range().words();
        XSSFCell cell = sheet.createRow(0).createCell(0);
        cell.setCellValue(pack.title() + ": " + what + (range.isEmpty() ? "" : ", " + range));
        cell.setCellStyle(style("title", s -> s.setFont(bold(TITLE_POINTS))));
    }

    private XSSFRow headings(XSSFSheet sheet, List<String> headings) {
        XSSFRow row = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < headings.size(); c++) {
            String heading = headings.get(c);
            boolean quoted = InertText.looksLikeFormula(heading);
            XSSFCell cell = row.createCell(c);
            cell.setCellValue(heading);
            // an organisation's name heads a narrow column of figures: it wraps rather than hides
            cell.setCellStyle(style("heading " + quoted, s -> {
                s.setFont(bold(0));
                s.setWrapText(true);
                s.setVerticalAlignment(VerticalAlignment.TOP);
                s.setQuotePrefixed(quoted);
            }));
        }
        return row;
    }

    /**
     * Text as a string value, never a formula; text that would read as one when the lead edits the
     * cell (an organisation or file name starting {@code =}) is kept text by a quote prefix.
     */
    private void text(XSSFRow row, int column, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(text);
        if (InertText.looksLikeFormula(text)) {
            cell.setCellStyle(style("quoted", s -> s.setQuotePrefixed(true)));
        }
    }

    private void link(XSSFCell cell, String address) {
        cell.setCellValue(address);
        XSSFHyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
        link.setAddress(address);
        cell.setHyperlink(link);
        cell.setCellStyle(style("link", s -> {
            XSSFFont font = workbook.createFont();
            font.setUnderline(Font.U_SINGLE);
            font.setColor(new XSSFColor(LINK_BLUE, null));
            s.setFont(font);
        }));
    }

    private XSSFCellStyle style(String kind, Consumer<XSSFCellStyle> making) {
        return styles.computeIfAbsent(kind, k -> {
            XSSFCellStyle style = workbook.createCellStyle();
            making.accept(style);
            return style;
        });
    }

    /** The one palette's fill, and white text where Fingertips writes white on its darkest shades. */
    private void fill(XSSFCellStyle style, RagColour colour) {
        if (!colour.filled()) {
            return;
        }
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setFillForegroundColor(new XSSFColor(colour.rgbBytes(), null));
        if (colour.whiteText()) {
            XSSFFont white = workbook.createFont();
            white.setColor(new XSSFColor(WHITE, null));
            style.setFont(white);
        }
    }

    /** A bold font, at {@code points} or the default size for 0. */
    private XSSFFont bold(int points) {
        XSSFFont font = workbook.createFont();
        font.setBold(true);
        if (points > 0) {
            font.setFontHeightInPoints((short) points);
        }
        return font;
    }

    private short format(String pattern) {
        return workbook.createDataFormat().getFormat(pattern);
    }

    private static void widths(XSSFSheet sheet, int[] widths) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * WIDTH_UNITS_PER_CHARACTER);
        }
    }
}
