package org.ragbook.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ragbook.annotate.Workbooks.cell;
import static org.ragbook.annotate.Workbooks.comment;
import static org.ragbook.annotate.Workbooks.fill;
import static org.ragbook.annotate.Workbooks.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ragbook.report.Figures;
import org.ragbook.compute.Rag;
import org.ragbook.report.Narrative;

/** The annotated workbook as the analyst opens it, written both ways: in place and streamed. */
class AnnotatorTest {

    private static final String GREEN = "C6EFCE";
    private static final String AMBER = "FFEB9C";
    private static final String RED = "FFC7CE";

    @TempDir
    Path dir;

    private XSSFWorkbook annotate(ReturnFixture fixture, Annotator.Strategy strategy) throws IOException {
        Path original = fixture.writeWorkbook(dir.resolve("return.xlsx"));
        Path output = dir.resolve("annotated.xlsx");
        Annotator.write(original, fixture.table(), fixture.validation(), fixture.assessments, output, strategy);
        return Workbooks.open(output);
    }

    private XSSFWorkbook annotate(Annotator.Strategy strategy) throws IOException {
        return annotate(ReturnFixture.standard(), strategy);
    }

    @ParameterizedTest
    @EnumSource(Annotator.Strategy.class)
    void theAnalystsSheetsComeFirstThenSummaryNarrativeAndValidation_andItOpensOnSummary(Annotator.Strategy strategy) throws IOException {
        try (XSSFWorkbook book = annotate(strategy)) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));

            assertThat(names).containsExactly("Indicators", "Bob's notes", "Summary", "Narrative", "Validation");
            assertThat(book.getActiveSheetIndex()).isEqualTo(2);
            assertThat(book.getSheet("Summary").isSelected()).isTrue();
            assertThat(book.getSheet("Indicators").isSelected()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Annotator.Strategy.class)
    void judgedValuesAreFilledWithTheirColour_andOthersAreNot(Annotator.Strategy strategy) throws IOException {
        try (XSSFWorkbook book = annotate(strategy)) {
            XSSFSheet sheet = book.getSheet("Indicators");

            assertThat(fill(sheet, "H3")).isEqualTo(GREEN);
            assertThat(fill(sheet, "H4")).isEqualTo(RED);
            assertThat(fill(sheet, "H6")).isEqualTo(AMBER);
            assertThat(fill(sheet, "H2")).as("the England benchmark row is not judged").isNull();
            assertThat(cell(sheet, "H3").getNumericCellValue()).isEqualTo(77.9);
        }
    }

    @ParameterizedTest
    @EnumSource(Annotator.Strategy.class)
    void theRagColumnsAreAddedRightOfTheTable(Annotator.Strategy strategy) throws IOException {
        try (XSSFWorkbook book = annotate(strategy)) {
            XSSFSheet sheet = book.getSheet("Indicators");

            assertThat(rowTexts(sheet.getRow(0)).subList(13, 26)).containsExactlyElementsOf(StatisticsCells.HEADERS);
            assertThat(List.of(text(sheet, "S3"), text(sheet, "T3"), text(sheet, "Y3"), text(sheet, "Z3")))
                    .containsExactly("Given in the return", "Better", "", "green");
            assertThat(cell(sheet, "N3").getNumericCellValue()).as("the value judged, at full precision")
                    .isEqualTo(cell(sheet, "H3").getNumericCellValue());
            assertThat(cell(sheet, "N3").getCellStyle().getDataFormatString()).isEqualTo(Figures.EXCEL_FORMAT);
            assertThat(List.of(text(sheet, "Y4"), text(sheet, "Z4"))).containsExactly("Missed (>= 85)", "red");
            assertThat(text(sheet, "Z6")).isEqualTo("amber");
            assertThat(fill(sheet, "Z4")).isEqualTo(RED);
            assertThat(cell(sheet, "Z2")).as("the benchmark row has no judgement").isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Annotator.Strategy.class)
    void everyFindingIsACommentOnItsCell_andTheAnalystsOwnCommentIsKept(Annotator.Strategy strategy) throws IOException {
        try (XSSFWorkbook book = annotate(strategy)) {
            XSSFSheet sheet = book.getSheet("Indicators");

            assertThat(comment(sheet, "H5")).isEqualTo("Error: '=SUM(1)' is not a number. Leave Value blank and say why in Value note.");
            assertThat(comment(sheet, "H4")).contains("Red: red because of Leicestershire");
            assertThat(comment(sheet, "I4")).isEqualTo("Warning: The lower limit is far from the value.");
            assertThat(comment(sheet, "M4")).as("a finding at a cell the analyst left empty")
                    .isEqualTo("Warning: Say in Value note why the interval is wide.");
            assertThat(cell(sheet, "M4")).isNotNull();
            assertThat(comment(sheet, "H3")).as("greens need no explaining").isNull();
            assertThat(comment(book.getSheet("Bob's notes"), "A1")).isEqualTo("Warning: A note outside the table.");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Annotator.Strategy.class, names = "IN_PLACE")
    void theAnalystsCommentKeepsItsTextAndRagbooksIsAddedUnderIt(Annotator.Strategy strategy) throws IOException {
        try (XSSFWorkbook book = annotate(strategy)) {
            String text = comment(book.getSheet("Indicators"), "H4");

            assertThat(text).startsWith(ReturnFixture.ANALYST_COMMENT).endsWith("Ragbook:\nRed: red because of Leicestershire");
        }
    }

    @ParameterizedTest
    @EnumSource(Annotator.Strategy.class)
    void theValidationSheetListsEveryFindingWithALinkToItsCell(Annotator.Strategy strategy) throws IOException {
        try (XSSFWorkbook book = annotate(strategy)) {
            XSSFSheet sheet = book.getSheet("Validation");

            assertThat(rowTexts(sheet.getRow(0))).containsExactly("Severity", "Rule", "Sheet", "Cell", "Message");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            assertThat(rowTexts(sheet.getRow(1))).startsWith("Error", "value-not-number", "Indicators", "H5");
            assertThat(cell(sheet, "D2").getHyperlink().getAddress()).isEqualTo("'Indicators'!H5");
            assertThat(cell(sheet, "D5").getHyperlink().getAddress()).isEqualTo("'Bob''s notes'!A1");
            assertThat(cell(sheet, "D6")).as("a finding about a whole sheet has no cell").isNull();
            assertThat(text(sheet, "E6")).isEqualTo("A finding about the whole sheet.");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E6");
        }
    }

    @ParameterizedTest
    @EnumSource(Annotator.Strategy.class)
    void theSummaryGivesTheSentenceTheCountsAndEveryJudgedValue(Annotator.Strategy strategy) throws IOException {
        try (XSSFWorkbook book = annotate(strategy)) {
            XSSFSheet sheet = book.getSheet("Summary");

            assertThat(text(sheet, "A1")).isEqualTo("Ragbook summary: Sample dashboard");
            assertThat(text(sheet, "A4")).as("one sentence per area: the return holds two areas of its own")
                    .isEqualTo("For Leicestershire, of the comparable indicators, 1 is green and 1 red."
                            + " For =SUM(1), the one comparable indicator is amber.");
            assertThat(text(sheet, "A5")).startsWith("Each indicator is counted once, at its latest period");
            assertThat(text(sheet, "A8")).isEqualTo("Green");
            assertThat(cell(sheet, "B8").getNumericCellValue()).isEqualTo(1);
            assertThat(text(sheet, "A11")).isEqualTo("Not compared");
            assertThat(cell(sheet, "B11").getNumericCellValue()).isEqualTo(0);
            assertThat(fill(sheet, "A10")).isEqualTo(RED);
            assertThat(text(sheet, "A13")).isEqualTo("Red (1)");
            assertThat(rowTexts(sheet.getRow(14))).containsExactly("CB_B6", "Cancer 62 days of referral to treatment",
                    "Leicestershire (E10000018)", "Persons", "2019", "79", "74.6", ">= 85", "red because of Leicestershire");
        }
    }

    @ParameterizedTest
    @EnumSource(Annotator.Strategy.class)
    void textFromTheUploadThatLooksLikeAFormulaIsWrittenAsText(Annotator.Strategy strategy) throws IOException {
        try (XSSFWorkbook book = annotate(strategy)) {
            XSSFCell area = findCell(book.getSheet("Summary"), "=SUM(1) (E06000017)");
            XSSFCell value = cell(book.getSheet("Indicators"), "H5");
            XSSFCell message = cell(book.getSheet("Validation"), "E2");

            for (XSSFCell cell : List.of(area, value)) {
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            }
            assertThat(area.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(value.getStringCellValue()).isEqualTo("=SUM(1)");
            assertThat(message.getStringCellValue()).startsWith("'=SUM(1)'");
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(
                    cell -> assertThat(cell.getCellType()).as(cell.getAddress().toString()).isNotEqualTo(CellType.FORMULA))));
        }
    }

    @ParameterizedTest
    @EnumSource(Annotator.Strategy.class)
    void aSheetOfTheAnalystsCalledSummaryKeepsItsName(Annotator.Strategy strategy) throws IOException {
        try (XSSFWorkbook book = annotate(ReturnFixture.standard("Indicators", "Summary"), strategy)) {
            assertThat(book.getSheetName(2)).isEqualTo("Summary (Ragbook)");
            assertThat(text(book.getSheet("Summary"), "A1")).isEqualTo("Bob's working");
            assertThat(book.getActiveSheetIndex()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Annotator.Strategy.class)
    void aWideTableGetsAStatisticsSheetRatherThanColumns(Annotator.Strategy strategy) throws IOException {
        ReturnFixture fixture = ReturnFixture.standard();
        Path original = fixture.writeWorkbook(dir.resolve("return.xlsx"));
        Path output = dir.resolve("annotated.xlsx");
        Annotator.write(original, fixture.table(), fixture.validation(true), fixture.assessments, output, strategy);

        try (XSSFWorkbook book = Workbooks.open(output)) {
            XSSFSheet statistics = book.getSheet("Statistics");

            assertThat(book.getSheetIndex(statistics)).as("after Summary, Narrative and Validation").isEqualTo(5);
            assertThat(text(book.getSheet("Indicators"), "N1")).isEmpty();
            assertThat(statistics.getLastRowNum()).isEqualTo(fixture.observations.size());
            List<String> row = rowTexts(statistics.getRow(3));
            assertThat(row.subList(0, 8)).containsExactly("CB_B6", "Cancer 62 days of referral to treatment",
                    "E10000018", "Leicestershire", "Persons", "All ages", "2019", "79");
            assertThat(List.of(text(statistics, "M4"), text(statistics, "N4"), text(statistics, "S4"),
                    text(statistics, "T4"), text(statistics, "U4")))
                    .containsExactly("Given in the return", "Not compared", "Missed (>= 85)", "red", "H4");
            assertThat(cell(statistics, "U4").getHyperlink().getAddress()).isEqualTo("'Indicators'!H4");
            assertThat(fill(statistics, "T4")).isEqualTo(RED);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Annotator.Strategy.class, names = "IN_PLACE")
    void inPlaceKeepsTheAnalystsFontsAndNumberFormats(Annotator.Strategy strategy) throws IOException {
        try (XSSFWorkbook book = annotate(strategy)) {
            XSSFSheet sheet = book.getSheet("Indicators");
            XSSFCell name = cell(sheet, "B3");
            XSSFCell judged = cell(sheet, "H3");

            assertThat(name.getCellStyle().getFont().getBold()).isTrue();
            assertThat(name.getCellStyle().getFont().getItalic()).isTrue();
            assertThat(judged.getCellStyle().getDataFormatString()).isEqualTo(ReturnFixture.NUMBER_FORMAT);
            assertThat(cell(sheet, "H2").getCellStyle().getDataFormatString()).isEqualTo(ReturnFixture.NUMBER_FORMAT);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Annotator.Strategy.class, names = "IN_PLACE")
    void theOriginalFileIsLeftAsItWas(Annotator.Strategy strategy) throws IOException {
        ReturnFixture fixture = ReturnFixture.standard();
        Path original = fixture.writeWorkbook(dir.resolve("return.xlsx"));
        byte[] before = Files.readAllBytes(original);

        Annotator.write(original, fixture.table(), fixture.validation(), fixture.assessments, dir.resolve("out.xlsx"), strategy);

        assertThat(Files.readAllBytes(original)).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(value = Annotator.Strategy.class, names = "IN_PLACE")
    void aThousandJudgedCellsAddOnlyAHandfulOfStyles(Annotator.Strategy strategy) throws IOException {
        ReturnFixture fixture = ReturnFixture.judged(1_000);
        Path original = fixture.writeWorkbook(dir.resolve("return.xlsx"));
        int before;
        try (XSSFWorkbook book = Workbooks.open(original)) {
            before = book.getNumCellStyles();
        }

        try (XSSFWorkbook book = annotate(fixture, strategy)) {
            assertThat(book.getNumCellStyles() - before).isLessThan(20);
            assertThat(fill(book.getSheet("Indicators"), "H1001")).isEqualTo(GREEN);
        }
    }

    private static List<String> rowTexts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getCellType() == CellType.NUMERIC
                ? new org.ragbook.read.CellValue.Number(cell.getNumericCellValue()).display()
                : cell.getStringCellValue()));
        return texts;
    }

    private static XSSFCell findCell(XSSFSheet sheet, String text) {
        for (Row row : sheet) {
            for (var cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return (XSSFCell) cell;
                }
            }
        }
        throw new AssertionError("no cell reads " + text + " on " + sheet.getSheetName());
    }
}
