package org.ragbook.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns one worksheet part ({@code xl/worksheets/sheetN.xml}) into rows of cell values, keeping
 * each value's position. Only {@code row}, {@code c}, {@code v} and inline-string elements matter;
 * everything else in a sheet (formats, merges, formulas' text) is passed over.
 */
final class SheetXmlHandler extends DefaultHandler {

    /** Excel's grid is 16,384 columns by 1,048,576 rows; anything beyond is not a real position. */
    private static final int MAX_COLUMN = 16_383;
    private static final int MAX_ROW = 1_048_575;

    private final String sheetName;
    private final CellValue[] sharedStrings;
    private final CellStyles styles;
    private final boolean date1904;
    private final RowTally tally;

    private final List<SheetRow> rows = new ArrayList<>();
    private final List<CellValue> cells = new ArrayList<>();
    private final TextBuffer text = new TextBuffer();
    private final RecentTexts texts = new RecentTexts();

    private int rowIndex = -1;
    /** A row without {@code r} takes its position from its first cell that has one, else counts on. */
    private boolean rowPositioned;
    private int column;
    private int nextColumn;
    private String type;
    private int style;
    private boolean hasValue;
    private boolean inText;
    private boolean inInlineString;
    private int phoneticDepth;

    SheetXmlHandler(String sheetName, CellValue[] sharedStrings, CellStyles styles, boolean date1904,
            RowTally tally) {
        this.sheetName = sheetName;
        this.tally = tally;
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    SheetData sheet() {
        return new SheetData(sheetName, rows);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
            throws SAXException {
        switch (localName) {
            case "c" -> startCell(attributes);
            case "v" -> {
                inText = true;
                hasValue = true;
            }
            case "is" -> {
                inInlineString = true;
                hasValue = true;
            }
            case "t" -> inText = inInlineString && phoneticDepth == 0;
            case "rPh" -> phoneticDepth++;
            case "row" -> startRow(attributes.getValue("r"));
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "c" -> endCell();
            case "v", "t" -> inText = false;
            case "is" -> inInlineString = false;
            case "rPh" -> phoneticDepth--;
            case "row" -> {
                if (!cells.isEmpty()) {
                    rows.add(new SheetRow(rowIndex, cells));
                }
                tally.row();
            }
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            text.append(ch, start, length);
        }
    }

    private void startRow(String r) throws SAXException {
        cells.clear();
        nextColumn = 0;
        rowPositioned = r != null;
        rowIndex = rowPositioned ? rowNumber(r, 0, r) : rowIndex + 1;
    }

    /** Reads the attributes by position: looking each up by name costs more than the rest of the cell. */
    private void startCell(Attributes attributes) throws SAXException {
        String r = null;
        String s = null;
        type = null;
        for (int i = 0, n = attributes.getLength(); i < n; i++) {
            switch (attributes.getLocalName(i)) {
                case "r" -> r = attributes.getValue(i);
                case "t" -> type = attributes.getValue(i);
                case "s" -> s = attributes.getValue(i);
                default -> {
                }
            }
        }
        column = r == null ? nextColumn : parseReference(r);
        if (column > MAX_COLUMN) {
            throw damaged("has a cell beyond Excel's last column (XFD) in row " + (rowIndex + 1));
        }
        nextColumn = column + 1;
        style = s == null ? 0 : parseIndex(s, "style");
        text.clear();
        hasValue = false;
    }

    /** Returns the column of an A1 reference; positions an unnumbered row by its first referenced cell. */
    private int parseReference(String r) throws SAXException {
        int i = 0;
        int letters = 0;
        while (i < r.length() && r.charAt(i) >= 'A' && r.charAt(i) <= 'Z' && letters <= MAX_COLUMN) {
            letters = letters * 26 + (r.charAt(i) - 'A' + 1);
            i++;
        }
        if (i == 0 || i == r.length() || letters - 1 > MAX_COLUMN) {
            throw damaged("has a cell with an unreadable position '" + r + "'");
        }
        if (!rowPositioned) {
            rowIndex = rowNumber(r, i, r);
            rowPositioned = true;
        }
        return letters - 1;
    }

    private int rowNumber(String digits, int from, String reference) throws SAXException {
        int row = 0;
        for (int i = from; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9' || row > MAX_ROW) {
                throw damaged("has a row with an unreadable position '" + reference + "'");
            }
            row = row * 10 + (c - '0');
        }
        if (row < 1 || row - 1 > MAX_ROW) {
            throw damaged("has a row with an unreadable position '" + reference + "'");
        }
        return row - 1;
    }

    private void endCell() throws SAXException {
        if (!hasValue) {
            return;
        }
        CellValue value = value();
        if (value == CellValue.BLANK) {
            return;
        }
        while (cells.size() < column) {
            cells.add(CellValue.BLANK);
        }
        if (cells.size() == column) {
            cells.add(value);
        } else {
            cells.set(column, value);
        }
    }

    private CellValue value() throws SAXException {
        if (type == null || type.equals("n")) {
            return number();
        }
        return switch (type) {
            case "s" -> sharedString();
            case "inlineStr", "str" -> texts.text(text);
            case "b" -> new CellValue.Bool(text.length() == 1 ? text.charAt(0) == '1' : text.contentEquals("true"));
            case "e" -> text.length() == 0 ? CellValue.BLANK : new CellValue.Error(text.toString());
            case "d" -> isoDate();
            default -> texts.text(text);
        };
    }

    private CellValue number() throws SAXException {
        if (text.length() == 0) {
            return CellValue.BLANK;
        }
        double number = Decimals.parse(text);
        if (Double.isNaN(number)) {
            throw damaged("has '" + text + "' in cell " + here() + " where Excel writes a number");
        }
        if (styles.isDate(style)) {
            // rounded to the second, as Excel shows it: 14:30 is stored as 0.6041666…
            LocalDateTime date = DateUtil.getLocalDateTime(number, date1904, true);
            if (date != null) {
                return new CellValue.Date(date);
            }
        }
        return new CellValue.Number(number);
    }

    private CellValue sharedString() throws SAXException {
        int index = parseIndex(text, "shared string");
        if (index < 0 || index >= sharedStrings.length) {
            throw damaged("points cell " + here() + " at shared string " + index + ", which does not exist");
        }
        return sharedStrings[index];
    }

    /** Strict OOXML and some other writers store dates as ISO 8601 text with {@code t="d"}. */
    private CellValue isoDate() {
        String iso = text.toString();
        try {
            return new CellValue.Date(iso.indexOf('T') < 0
                    ? LocalDate.parse(iso).atStartOfDay()
                    : LocalDateTime.parse(iso));
        } catch (DateTimeParseException e) {
            return texts.text(text);
        }
    }

    private int parseIndex(CharSequence digits, String what) throws SAXException {
        try {
            return Integer.parseInt(digits, 0, digits.length(), 10);
        } catch (NumberFormatException e) {
            throw damaged("has a " + what + " number '" + digits + "' that is not a whole number");
        }
    }

    private String here() {
        return CellRef.columnLetters(column) + (rowIndex + 1);
    }

    private SAXException damaged(String problem) {
        return new SAXException("sheet '" + sheetName + "' " + problem);
    }
}
