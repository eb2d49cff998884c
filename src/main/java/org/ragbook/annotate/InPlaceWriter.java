package org.ragbook.annotate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ragbook.compute.Assessment;
import org.ragbook.compute.SeriesChart;
import org.ragbook.read.ReturnTable;
import org.ragbook.report.Paragraph;
import org.ragbook.validate.Validation;

/**
 * Annotates the analyst's own workbook, for returns small enough to hold in memory: every sheet,
 * style, chart and formula of theirs is kept, and Ragbook's fills, comments, columns and sheets are
 * added to it.
 */
final class InPlaceWriter {

    private static final String APPENDED_COMMENT_SEPARATOR = "\n\n" + CellMark.COMMENT_AUTHOR + ":\n";

    private final XSSFWorkbook workbook;
    private final XssfStyles styles;
    private final XssfPlanWriter cells;

    private InPlaceWriter(XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.styles = new XssfStyles(workbook);
        this.cells = new XssfPlanWriter(workbook, styles);
    }

    static void write(Path original, ReturnTable table, Validation validation, List<Assessment> assessments,
            List<SeriesChart> charts, List<Paragraph> paragraphs, Path output) {
        OPCPackage pkg = open(original);
        try {
            XSSFWorkbook workbook = new XSSFWorkbook(pkg);
            AnnotationPlan plan = AnnotationPlan.of(table, validation, assessments, charts, paragraphs,
                    sheetNames(workbook));
            new InPlaceWriter(workbook).render(plan);
            try (OutputStream out = Files.newOutputStream(output)) {
                workbook.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + output.getFileName(), e);
        } finally {
            // Opened for writing only so that POI lets us save a copy; reverting leaves the original untouched.
            pkg.revert();
        }
    }

    private static OPCPackage open(Path original) {
        try {
            return OPCPackage.open(original.toFile(), PackageAccess.READ_WRITE);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("the return was read but cannot be reopened: " + original.getFileName(), e);
        }
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private void render(AnnotationPlan plan) {
        plan.marks().forEach(this::mark);
        if (plan.appended() != null) {
            append(plan.appended(), plan.region().lastColumn());
        }
        plan.added().forEach(cells::addSheet);
        if (plan.spc() != null) {
            SpcDrawing.draw(workbook.getSheet(plan.spc().sheet().name()), plan.spc().charts());
        }
        int summary = workbook.getSheetIndex(plan.activeSheet());
        workbook.setActiveSheet(summary);
        workbook.setSelectedTab(summary);
    }

    private void mark(CellMark mark) {
        XSSFSheet sheet = workbook.getSheet(mark.cell().sheet());
        if (sheet == null) {
            return;
        }
        XSSFRow row = XssfPlanWriter.row(sheet, mark.cell().row());
        XSSFCell cell = row.getCell(mark.cell().column());
        if (cell == null) {
            cell = row.createCell(mark.cell().column());
        }
        if (mark.fill().filled()) {
            cell.setCellStyle(styles.filled(cell.getCellStyle(), mark.fill()));
        }
        if (mark.comment() != null) {
            comment(sheet, cell, mark.comment());
        }
    }

    /** One comment per cell: the analyst's own comment is kept and Ragbook's text added under it. */
    private void comment(XSSFSheet sheet, XSSFCell cell, String text) {
        XSSFComment existing = sheet.getCellComment(new CellAddress(cell));
        if (existing != null) {
            XSSFRichTextString combined = existing.getString();
            combined.append(APPENDED_COMMENT_SEPARATOR + text);
            existing.setString(combined);
            return;
        }
        XSSFComment comment = sheet.createDrawingPatriarch().createCellComment(anchor(sheet, cell, text));
        comment.setString(new XSSFRichTextString(text));
        comment.setAuthor(CellMark.COMMENT_AUTHOR);
        cell.setCellComment(comment);
    }

    /**
     * The box to the right of the cell, as Excel places a new comment. POI files a new comment
     * under the anchor's top-left cell before moving it to the cell, so when the neighbour already
     * has a comment the box starts on the cell itself instead.
     */
    private XSSFClientAnchor anchor(Sheet sheet, XSSFCell cell, String text) {
        int column = cell.getColumnIndex() + 1;
        if (sheet.getCellComment(new CellAddress(cell.getRowIndex(), column)) != null) {
            column = cell.getColumnIndex();
        }
        XSSFClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(column);
        anchor.setRow1(cell.getRowIndex());
        anchor.setCol2(column + CommentBox.COLUMNS);
        anchor.setRow2(cell.getRowIndex() + CommentBox.rows(text));
        return anchor;
    }

    /** The added headers look like the analyst's own header cells when those have a style of their own. */
    private void append(AppendedColumns appended, int lastHeaderColumn) {
        XSSFSheet sheet = workbook.getSheet(appended.sheet());
        if (sheet == null) {
            return;
        }
        XSSFRow header = XssfPlanWriter.row(sheet, appended.headerRow());
        XSSFCell analystsHeader = header.getCell(lastHeaderColumn);
        cells.writeRow(header, appended.firstColumn(), appended.cellsAt(appended.headerRow()));
        if (analystsHeader != null && analystsHeader.getCellStyle().getIndex() != 0) {
            for (int i = 0; i < appended.headers().size(); i++) {
                header.getCell(appended.firstColumn() + i).setCellStyle(analystsHeader.getCellStyle());
            }
        }
        appended.rows().forEach((row, values) -> cells.writeRow(XssfPlanWriter.row(sheet, row), appended.firstColumn(), values));
        XssfPlanWriter.setWidths(sheet, appended.firstColumn(), StatisticsCells.WIDTHS);
    }
}
