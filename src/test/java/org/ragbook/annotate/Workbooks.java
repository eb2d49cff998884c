package org.ragbook.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads back what a writer wrote, the way Excel would show it. */
final class Workbooks {

    private Workbooks() {
    }

    /** Opened from a stream, so that closing it never writes back to the file. */
    static XSSFWorkbook open(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell at an A1 address, or null when it does not exist. */
    static XSSFCell cell(XSSFSheet sheet, String address) {
        CellReference ref = new CellReference(address);
        return sheet.getRow(ref.getRow()) == null ? null : sheet.getRow(ref.getRow()).getCell(ref.getCol());
    }

    static String text(XSSFSheet sheet, String address) {
        XSSFCell cell = cell(sheet, address);
        return cell == null ? "" : cell.getStringCellValue();
    }

    /** The cell's solid fill as six hex digits, or null when it has none. */
    static String fill(XSSFSheet sheet, String address) {
        XSSFColor colour = cell(sheet, address).getCellStyle().getFillForegroundColorColor();
        return colour == null || colour.getRGB() == null ? null : colour.getARGBHex().substring(2);
    }

    static String comment(XSSFSheet sheet, String address) {
        var comment = sheet.getCellComment(new org.apache.poi.ss.util.CellAddress(address));
        return comment == null ? null : comment.getString().getString();
    }
}
