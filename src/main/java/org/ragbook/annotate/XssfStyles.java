package org.ragbook.annotate;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ragbook.report.Figures;

/**
 * The styles Ragbook adds to a workbook, each created once and reused: a workbook holds at most
 * 64,000 styles, so a fill is one style per (analyst's style, colour), never one per cell.
 */
final class XssfStyles {

    private static final byte[] LINK_BLUE = {0x05, 0x63, (byte) 0xC1};
    private static final byte[] WHITE = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
    private static final short TITLE_POINTS = 14;

    private final XSSFWorkbook workbook;
    private final Map<String, XSSFCellStyle> cache = new HashMap<>();
    private final Map<PlanCell.Emphasis, XSSFFont> fonts = new HashMap<>();
    private final Map<Integer, XSSFFont> whiteFonts = new HashMap<>();
    private XSSFFont linkFont;

    XssfStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    /** The analyst's style with a RAG fill: font, borders and number format kept. */
    XSSFCellStyle filled(XSSFCellStyle original, RagColour colour) {
        return cache.computeIfAbsent("cell " + original.getIndex() + " " + colour, key -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(original);
            fill(style, colour);
            if (colour.whiteText()) {
                style.setFont(whiteLike(original.getFont()));
            }
            return style;
        });
    }

    /** The style for a cell Ragbook writes, or null when the default style shows it as it should. */
    XSSFCellStyle of(PlanCell cell) {
        boolean link = cell.link() != null;
        boolean quoted = cell.quotePrefixed();
        if (cell.emphasis() == PlanCell.Emphasis.NONE && !cell.fill().filled() && !link && !quoted) {
            return null;
        }
        String key = cell.emphasis() + " " + cell.fill() + " " + link + " " + quoted;
        return cache.computeIfAbsent(key, k -> {
            XSSFCellStyle style = workbook.createCellStyle();
            if (link) {
                style.setFont(linkFont());
            } else if (cell.emphasis() == PlanCell.Emphasis.FIGURE) {
                style.setDataFormat(workbook.createDataFormat().getFormat(Figures.EXCEL_FORMAT));
            } else if (cell.emphasis() == PlanCell.Emphasis.PARAGRAPH) {
                style.setWrapText(true);
                style.setVerticalAlignment(VerticalAlignment.TOP);
            } else if (cell.emphasis() != PlanCell.Emphasis.NONE) {
                style.setFont(font(cell.emphasis()));
            }
            if (cell.fill().whiteText()) {
                style.setFont(whiteLike(style.getFont()));
            }
            if (cell.fill().filled()) {
                fill(style, cell.fill());
            }
            style.setQuotePrefixed(quoted);
            return style;
        });
    }

    private static void fill(XSSFCellStyle style, RagColour colour) {
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setFillForegroundColor(new XSSFColor(colour.rgbBytes(), null));
    }

    /** The font in white, one per font the workbook uses, for text on a dark fill. */
    private XSSFFont whiteLike(XSSFFont font) {
        return whiteFonts.computeIfAbsent(font.getIndex(), index -> {
            XSSFFont white = workbook.createFont();
            white.setFontName(font.getFontName());
            white.setFontHeight(font.getFontHeight());
            white.setBold(font.getBold());
            white.setItalic(font.getItalic());
            white.setUnderline(font.getUnderline());
            white.setStrikeout(font.getStrikeout());
            white.setTypeOffset(font.getTypeOffset());
            white.setColor(new XSSFColor(WHITE, null));
            return white;
        });
    }

    private XSSFFont font(PlanCell.Emphasis emphasis) {
        return fonts.computeIfAbsent(emphasis, e -> {
            XSSFFont font = workbook.createFont();
            font.setBold(true);
            if (e == PlanCell.Emphasis.TITLE) {
                font.setFontHeightInPoints(TITLE_POINTS);
            }
            return font;
        });
    }

    private XSSFFont linkFont() {
        if (linkFont == null) {
            linkFont = workbook.createFont();
            linkFont.setUnderline(Font.U_SINGLE);
            linkFont.setColor(new XSSFColor(LINK_BLUE, null));
        }
        return linkFont;
    }
}
