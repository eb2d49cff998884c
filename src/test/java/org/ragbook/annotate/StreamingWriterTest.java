package org.ragbook.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ragbook.annotate.Workbooks.cell;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ragbook.read.CellRef;
import org.ragbook.read.CellValue;
import org.ragbook.read.ReturnTable;
import org.ragbook.read.SheetData;
import org.ragbook.read.SheetRow;
import org.ragbook.read.SourceFormat;
import org.ragbook.validate.DataRegion;
import org.ragbook.validate.Finding;
import org.ragbook.validate.Severity;
import org.ragbook.validate.Validation;

/** What the streamed workbook does with every kind of value a reader can return. */
class StreamingWriterTest {

    @TempDir
    Path dir;

    private XSSFSheet stream(List<SheetRow> rows, List<Finding> findings) throws IOException {
        ReturnTable table = new ReturnTable("odd.xlsx", SourceFormat.XLSX, List.of(new SheetData("Data", rows)));
        Validation validation = new Validation(ReturnFixture.SCHEMA, new DataRegion("Data", 0, 1, false), List.of(), findings);
        Path output = dir.resolve("odd-annotated.xlsx");
        Annotator.write(dir.resolve("odd.xlsx"), table, validation, List.of(), output, Annotator.Strategy.STREAMING);
        XSSFWorkbook book = Workbooks.open(output);
        return book.getSheet("Data");
    }

    @Test
    void everyKindOfValueKeepsItsType() throws IOException {
        XSSFSheet sheet = stream(List.of(
                new SheetRow(0, List.of(new CellValue.Text("When"), new CellValue.Text("What"))),
                new SheetRow(1, List.of(new CellValue.Date(LocalDateTime.of(2021, 3, 31, 0, 0)), new CellValue.Bool(true),
                        new CellValue.Error("#DIV/0!"), new CellValue.Number(-0.125), new CellValue.Number(1e20)))),
                List.of());

        assertThat(cell(sheet, "A2").getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2021, 3, 31, 0, 0));
        assertThat(cell(sheet, "A2").getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(cell(sheet, "B2").getBooleanCellValue()).isTrue();
        assertThat(cell(sheet, "C2").getErrorCellValue()).isEqualTo(FormulaError.DIV0.getCode());
        assertThat(cell(sheet, "D2").getNumericCellValue()).isEqualTo(-0.125);
        assertThat(cell(sheet, "E2").getNumericCellValue()).isEqualTo(1e20);
        assertThat(cell(sheet, "A1").getCellStyle().getFont().getBold()).as("the header row").isTrue();
        sheet.getWorkbook().close();
    }

    @Test
    void textXmlCannotHoldComesBackAsWritten() throws IOException {
        String awkward = "  a <b> & \"c\"\u0001\u000b_x0041_ \uD83D\uDE00 line\r\nnext  ";
        XSSFSheet sheet = stream(List.of(
                new SheetRow(0, List.of(new CellValue.Text("Header"))),
                new SheetRow(1, List.of(new CellValue.Text(awkward)))),
                List.of(new Finding(Severity.WARNING, "odd", "Data", new CellRef("Data", 0, 1), awkward)));

        assertThat(cell(sheet, "A2").getStringCellValue()).isEqualTo(awkward);
        assertThat(Workbooks.comment(sheet, "A2")).isEqualTo("Warning: " + awkward);
        sheet.getWorkbook().close();
    }

    @Test
    void rowsKeepTheirNumbersAcrossGaps_andAFindingOnAnEmptyRowGetsItsCell() throws IOException {
        XSSFSheet sheet = stream(List.of(
                new SheetRow(0, List.of(new CellValue.Text("Header"))),
                new SheetRow(9, List.of(new CellValue.Number(10)))),
                List.of(new Finding(Severity.WARNING, "gap", "Data", new CellRef("Data", 3, 4), "Why is this row empty?")));

        assertThat(cell(sheet, "A10").getNumericCellValue()).isEqualTo(10);
        assertThat(cell(sheet, "D5").getCellType()).isEqualTo(CellType.BLANK);
        assertThat(Workbooks.comment(sheet, "D5")).isEqualTo("Warning: Why is this row empty?");
        sheet.getWorkbook().close();
    }
}
