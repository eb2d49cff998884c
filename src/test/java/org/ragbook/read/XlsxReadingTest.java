package org.ragbook.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ragbook.read.CellValue.Bool;
import org.ragbook.read.CellValue.Date;
import org.ragbook.read.CellValue.Error;
import org.ragbook.read.CellValue.Number;
import org.ragbook.read.CellValue.Text;

class XlsxReadingTest {

    private static final CellValue BLANK = CellValue.BLANK;

    @TempDir
    Path dir;

    @Test
    void numbersTextBooleansAndDatesAreReadAsExcelShowsThem() throws IOException {
        Path file = save("types.xlsx", workbook -> {
            CellStyle dayMonthYear = workbook.createCellStyle();
            dayMonthYear.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle builtInDateTime = workbook.createCellStyle();
            builtInDateTime.setDataFormat((short) 22);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));

            Row row = workbook.createSheet("Indicators").createRow(0);
            row.createCell(0).setCellValue(12.5);
            row.createCell(1).setCellValue("E06000001");
            row.createCell(2).setCellValue(true);
            styled(row.createCell(3), dayMonthYear).setCellValue(LocalDate.of(2024, 3, 31));
            styled(row.createCell(4), builtInDateTime).setCellValue(LocalDateTime.of(2024, 3, 31, 14, 30));
            styled(row.createCell(5), percent).setCellValue(0.125);
            row.createCell(6).setCellValue(-0.1 + 0.3);
        });

        ReturnTable table = ReturnReader.read(file, "types.xlsx");

        assertThat(table.format()).isEqualTo(SourceFormat.XLSX);
        assertThat(table.fileName()).isEqualTo("types.xlsx");
        assertThat(onlyRow(table).cells()).containsExactly(new Number(12.5), new Text("E06000001"), new Bool(true),
                new Date(LocalDateTime.of(2024, 3, 31, 0, 0)), new Date(LocalDateTime.of(2024, 3, 31, 14, 30)),
                new Number(0.125), new Number(-0.1 + 0.3));
    }

    @Test
    void errorValuesKeepTheirExcelCodeWhetherTypedOrCachedFromAFormula() throws IOException {
        Path file = save("errors.xlsx", workbook -> {
            Row row = workbook.createSheet("Indicators").createRow(0);
            row.createCell(0).setCellErrorValue(FormulaError.DIV0.getCode());
            row.createCell(1).setCellFormula("1/0");
            row.createCell(2).setCellFormula("NA()");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        assertThat(onlyRow(ReturnReader.read(file, "errors.xlsx")).cells())
                .containsExactly(new Error("#DIV/0!"), new Error("#DIV/0!"), new Error("#N/A"));
    }

    @Test
    void formulaCellsGiveTheResultExcelSavedWithThem() throws IOException {
        Path file = save("formulas.xlsx", workbook -> {
            Row row = workbook.createSheet("Indicators").createRow(0);
            row.createCell(0).setCellFormula("6*7");
            row.createCell(1).setCellFormula("\"North\"&\" East\"");
            row.createCell(2).setCellFormula("1=1");
            row.createCell(3).setCellFormula("DATE(2024,3,31)");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        assertThat(onlyRow(ReturnReader.read(file, "formulas.xlsx")).cells())
                .containsExactly(new Number(42), new Text("North East"), new Bool(true), new Number(45382));
    }

    @Test
    void formulaWithoutASavedResultIsBlank() throws IOException {
        Path file = save("unevaluated.xlsx", workbook -> {
            Row row = workbook.createSheet("Indicators").createRow(0);
            row.createCell(0).setCellValue("total");
            row.createCell(1).setCellFormula("SUM(C1:C9)");
        });

        assertThat(onlyRow(ReturnReader.read(file, "unevaluated.xlsx")).cells()).containsExactly(new Text("total"));
    }

    @Test
    void sparseCellsKeepTheirRowAndColumnAndEmptyRowsAreLeftOut() throws IOException {
        Path file = save("sparse.xlsx", workbook -> {
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(workbook.createFont());
            Sheet sheet = workbook.createSheet("Indicators");
            sheet.createRow(1).createCell(1).setCellValue("B2");
            sheet.getRow(1).createCell(5).setCellValue(6);
            sheet.createRow(4).createCell(0).setCellValue(1);
            styled(sheet.getRow(4).createCell(2), bold);
            styled(sheet.createRow(5).createCell(0), bold);
            sheet.createRow(6).createCell(3).setCellValue("");
            sheet.createRow(8).createCell(3).setCellValue("D9");
        });

        SheetData sheet = ReturnReader.read(file, "sparse.xlsx").sheets().get(0);

        assertThat(sheet.rows()).containsExactly(
                new SheetRow(1, List.of(BLANK, new Text("B2"), BLANK, BLANK, BLANK, new Number(6))),
                new SheetRow(4, List.of(new Number(1))),
                new SheetRow(8, List.of(BLANK, BLANK, BLANK, new Text("D9"))));
        assertThat(sheet.ref(3, 8)).hasToString("Indicators!D9");
    }

    @Test
    void sheetsComeInTheOrderTheWorkbookShowsThem() throws IOException {
        Path file = save("sheets.xlsx", workbook -> {
            for (String name : List.of("Notes", "Indicators", "Lookups")) {
                workbook.createSheet(name).createRow(0).createCell(0).setCellValue(name);
            }
            workbook.setSheetOrder("Lookups", 0);
        });

        ReturnTable table = ReturnReader.read(file, "sheets.xlsx");

        assertThat(table.sheets()).extracting(SheetData::name).containsExactly("Lookups", "Notes", "Indicators");
        assertThat(table.sheet("indicators").orElseThrow().rows().get(0).cell(0)).isEqualTo(new Text("Indicators"));
    }

    @Test
    void sharedStringsAndInlineStringsReadTheSame() throws IOException {
        Path shared = dir.resolve("shared.xlsx");
        Path inline = dir.resolve("inline.xlsx");
        try (var xssf = new XSSFWorkbook(); var sxssf = new SXSSFWorkbook()) {
            for (Workbook workbook : List.of(xssf, sxssf)) {
                Sheet sheet = workbook.createSheet("Indicators");
                for (int r = 0; r < 5; r++) {
                    Row row = sheet.createRow(r);
                    row.createCell(0).setCellValue("Area " + r % 2);
                    row.createCell(1).setCellValue("Hartlepool & Stockton <North>");
                }
            }
            write(xssf, shared);
            write(sxssf, inline);
            sxssf.dispose();
        }

        assertThat(ReturnReader.read(inline, "inline.xlsx").sheets())
                .isEqualTo(ReturnReader.read(shared, "shared.xlsx").sheets());
        assertThat(ReturnReader.read(inline, "inline.xlsx").sheets().get(0).rows().get(4).cells())
                .containsExactly(new Text("Area 0"), new Text("Hartlepool & Stockton <North>"));
    }

    @Test
    void aStreamedWorkbookOfAHundredRowsIsReadBackExactly() throws IOException {
        Path file = dir.resolve("streamed.xlsx");
        List<SheetRow> expected = new ArrayList<>();
        try (var workbook = new SXSSFWorkbook(10)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat((short) 14);
            Sheet sheet = workbook.createSheet("Indicators");
            for (int r = 0; r < 100; r++) {
                Row row = sheet.createRow(r);
                double value = r * 1.37 / 3;
                LocalDate period = LocalDate.of(2000, 1, 1).plusMonths(r);
                row.createCell(0).setCellValue(String.format("E06%06d", r));
                row.createCell(1).setCellValue(value);
                row.createCell(2).setCellValue(r * 10);
                styled(row.createCell(3), date).setCellValue(period);
                row.createCell(4).setCellValue(r % 3 == 0);
                expected.add(new SheetRow(r, List.of(new Text(String.format("E06%06d", r)), new Number(value),
                        new Number(r * 10), new Date(period.atStartOfDay()), new Bool(r % 3 == 0))));
            }
            write(workbook, file);
            workbook.dispose();
        }

        assertThat(ReturnReader.read(file, "streamed.xlsx").sheets())
                .containsExactly(new SheetData("Indicators", expected));
    }

    @Test
    void cellsAndRowsWithoutPositionsAreCountedIntoPlace() throws IOException {
        Path file = new HandWrittenXlsx().sheet("Data", """
                <row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c></row>\
                <row r="4"><c><v>2</v></c><c r="D4"><v>3</v></c><c><v>4</v></c></row>\
                <row><c r="B6"><v>5</v></c></row>\
                <row><c><v>6</v></c></row>""").writeTo(dir.resolve("positions.xlsx"));

        assertThat(ReturnReader.read(file, "positions.xlsx").sheets().get(0).rows()).containsExactly(
                new SheetRow(0, List.of(new Text("a"), new Number(1))),
                new SheetRow(3, List.of(new Number(2), BLANK, BLANK, new Number(3), new Number(4))),
                new SheetRow(5, List.of(BLANK, new Number(5))),
                new SheetRow(6, List.of(new Number(6))));
    }

    @Test
    void richTextJoinsItsRunsAndLeavesOutPhoneticGuides() throws IOException {
        Path file = new HandWrittenXlsx()
                .sharedStrings("""
                        <si><t>plain</t></si>\
                        <si><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space="preserve"> and plain</t></r></si>\
                        <si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>""")
                .sheet("Data", """
                        <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>\
                        <c r="D1" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r><rPh><t>x</t></rPh></is></c>\
                        <c r="E1" t="inlineStr"><is><t>Line one_x000D_</t></is></c></row>""")
                .writeTo(dir.resolve("rich.xlsx"));

        assertThat(onlyRow(ReturnReader.read(file, "rich.xlsx")).cells()).containsExactly(new Text("plain"),
                new Text("Bold and plain"), new Text("東京"), new Text("inline"), new Text("Line one\r"));
    }

    @Test
    void datesInA1904WorkbookCountFrom1904() throws IOException {
        Path file = new HandWrittenXlsx().date1904()
                .styles("", "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>")
                .sheet("Data", "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c><c r=\"B1\" s=\"1\"><v>1462</v></c>"
                        + "<c r=\"C1\"><v>1462</v></c></row>")
                .writeTo(dir.resolve("mac.xlsx"));

        assertThat(onlyRow(ReturnReader.read(file, "mac.xlsx")).cells()).containsExactly(
                new Date(LocalDateTime.of(1904, 1, 1, 0, 0)), new Date(LocalDateTime.of(1908, 1, 2, 0, 0)),
                new Number(1462));
    }

    @Test
    void customDateFormatsAndIsoDateCellsAreDates() throws IOException {
        Path file = new HandWrittenXlsx()
                .styles("<numFmt numFmtId=\"164\" formatCode=\"mmm yyyy\"/><numFmt numFmtId=\"165\" formatCode=\"0.0\"/>",
                        "<xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/>")
                .sheet("Data", "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>45382</v></c><c r=\"B1\" s=\"2\"><v>45382</v></c>"
                        + "<c r=\"C1\" t=\"d\"><v>2024-03-31</v></c><c r=\"D1\" t=\"d\"><v>2024-03-31T09:15:00</v></c></row>")
                .writeTo(dir.resolve("dates.xlsx"));

        assertThat(onlyRow(ReturnReader.read(file, "dates.xlsx")).cells()).containsExactly(
                new Date(LocalDateTime.of(2024, 3, 31, 0, 0)), new Number(45382),
                new Date(LocalDateTime.of(2024, 3, 31, 0, 0)), new Date(LocalDateTime.of(2024, 3, 31, 9, 15)));
    }

    @Test
    void prefixedElementNamesFromOtherWritersAreUnderstood() throws IOException {
        Path file = new HandWrittenXlsx().rawSheet("Data", "<x:worksheet xmlns:x=\"" + HandWrittenXlsx.MAIN_NS + "\">"
                        + "<x:sheetData><x:row r=\"2\"><x:c r=\"B2\"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>")
                .writeTo(dir.resolve("prefixed.xlsx"));

        assertThat(ReturnReader.read(file, "prefixed.xlsx").sheets().get(0).rows())
                .containsExactly(new SheetRow(1, List.of(BLANK, new Number(7))));
    }

    @Test
    void aWorkbookNamedCsvIsStillReadAsAWorkbook() throws IOException {
        Path file = save("really-a-workbook.csv", workbook ->
                workbook.createSheet("Indicators").createRow(0).createCell(0).setCellValue("Area Code"));

        ReturnTable table = ReturnReader.read(file, "really-a-workbook.csv");

        assertThat(table.format()).isEqualTo(SourceFormat.XLSX);
        assertThat(onlyRow(table).cells()).containsExactly(new Text("Area Code"));
    }

    @Test
    void sheetXmlThatIsNotWellFormedIsDamagedAndNamesTheSheet() throws IOException {
        Path file = new HandWrittenXlsx().sheet("Data", "<row r=\"1\"><c r=\"A1\"><v>1</v></row>")
                .writeTo(dir.resolve("broken.xlsx"));

        assertThatThrownBy(() -> ReturnReader.read(file, "broken.xlsx"))
                .isInstanceOf(UnreadableReturnException.class)
                .hasMessageStartingWith("The file is damaged or incomplete (it may have been cut off during upload): "
                        + "the sheet 'Data' could not be read as XML (line 1, column");
    }

    @Test
    void numberCellHoldingTextIsDamagedAndNamesTheCell() throws IOException {
        Path file = new HandWrittenXlsx().sheet("Data", "<row r=\"3\"><c r=\"B3\"><v>twelve</v></c></row>")
                .writeTo(dir.resolve("bad-number.xlsx"));

        assertThatThrownBy(() -> ReturnReader.read(file, "bad-number.xlsx"))
                .isInstanceOf(UnreadableReturnException.class)
                .hasMessageEndingWith("sheet 'Data' has 'twelve' in cell B3 where Excel writes a number.");
    }

    @Test
    void aTemplatesStampIsReadFromItsWorkbookWideDefinedName() throws IOException {
        Path file = save("stamped.xlsx", workbook -> {
            workbook.createSheet("Indicators").createRow(0).createCell(0).setCellValue("Indicator ID");
            XSSFName stamp = workbook.createName();
            stamp.setNameName("RagbookTemplate");
            stamp.setRefersToFormula(new TemplateStamp("phof-dashboard", 2).formula());
        });

        assertThat(ReturnReader.read(file, "stamped.xlsx").template()).isEqualTo(new TemplateStamp("phof-dashboard", 2));
    }

    @Test
    void aNameThatIsNotAStampIsNoStamp() throws IOException {
        Path unstamped = save("plain.xlsx", workbook -> workbook.createSheet("Indicators").createRow(0).createCell(0));
        Path sheetScoped = save("scoped.xlsx", workbook -> {
            workbook.createSheet("Indicators").createRow(0).createCell(0);
            XSSFName name = workbook.createName();
            name.setNameName("RagbookTemplate");
            name.setSheetIndex(0);
            name.setRefersToFormula("\"phof-dashboard version 2\"");
        });
        Path cells = save("cells.xlsx", workbook -> {
            workbook.createSheet("Indicators").createRow(0).createCell(0);
            XSSFName name = workbook.createName();
            name.setNameName("RagbookTemplate");
            name.setRefersToFormula("Indicators!$A$1");
        });

        assertThat(List.of(unstamped, sheetScoped, cells))
                .allSatisfy(file -> assertThat(ReturnReader.read(file, "x.xlsx").template()).isNull());
    }

    @Test
    void zipBombIsRefusedBeforeItIsUnpacked() throws IOException {
        Path file = new HandWrittenXlsx().sheet("Data", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                        + " ".repeat(20_000_000))
                .writeTo(dir.resolve("bomb.xlsx"));

        assertThatThrownBy(() -> ReturnReader.read(file, "bomb.xlsx"))
                .isInstanceOf(UnreadableReturnException.class)
                .hasMessageContaining("zip bomb");
    }

    private interface Content {
        void fill(XSSFWorkbook workbook);
    }

    private Path save(String name, Content content) throws IOException {
        Path file = dir.resolve(name);
        try (var workbook = new XSSFWorkbook()) {
            content.fill(workbook);
            write(workbook, file);
        }
        return file;
    }

    private static void write(Workbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    private static Cell styled(Cell cell, CellStyle style) {
        cell.setCellStyle(style);
        return cell;
    }

    private static SheetRow onlyRow(ReturnTable table) {
        assertThat(table.sheets()).hasSize(1);
        assertThat(table.sheets().get(0).rows()).hasSize(1);
        return table.sheets().get(0).rows().get(0);
    }
}
