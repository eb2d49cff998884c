package org.ragbook.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidation.ErrorStyle;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ragbook.schema.Benchmark;
import org.ragbook.schema.CiMethod;
import org.ragbook.schema.ComparisonLevels;
import org.ragbook.schema.Indicator;
import org.ragbook.schema.PeriodFormat;
import org.ragbook.schema.Polarity;
import org.ragbook.schema.ReturnSchema;
import org.ragbook.schema.SchemaCatalog;
import org.ragbook.schema.Sex;
import org.ragbook.schema.ValueType;
import org.ragbook.validate.TestSchemas;

class TemplateWriterTest {

    private static final ReturnSchema PHOF = SchemaCatalog.builtIn().find("phof-dashboard").orElseThrow();
    private static final List<String> FIGURES = List.of("Value", "Lower CI 95.0 limit", "Upper CI 95.0 limit",
            "Lower CI 99.8 limit", "Upper CI 99.8 limit", "Count", "Denominator", "Expected", "Standard deviation");

    @TempDir
    Path dir;

    private XSSFWorkbook template(ReturnSchema schema) throws IOException {
        Path file = dir.resolve("template.xlsx");
        TemplateWriter.write(schema, file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static ReturnSchema schemaOf(List<Indicator> indicators, String ageBandSheet, int version) {
        return new ReturnSchema("sample", "Sample", null, "sample.yaml", null, null, null, ageBandSheet, indicators,
                version);
    }

    private static List<String> header(XSSFSheet sheet) {
        List<String> header = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
        return header;
    }

    /** The check on the column under {@code header}, or null when it has none. */
    private static DataValidation check(XSSFSheet sheet, String header) {
        int column = header(sheet).indexOf(header);
        assertThat(column).as(header).isNotNegative();
        return sheet.getDataValidations().stream()
                .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == column)
                .findFirst().orElse(null);
    }

    private static String region(DataValidation validation) {
        return validation.getRegions().getCellRangeAddress(0).formatAsString();
    }

    @Test
    void aSchemaNamingAnAgeBandSheetGetsThatSheetWithTheHeaderRagbookReads() throws IOException {
        try (XSSFWorkbook book = template(PHOF)) {
            XSSFSheet bands = book.getSheet("Age bands");

            assertThat(book.getSheetIndex(bands)).isEqualTo(1);
            assertThat(header(bands)).containsExactly("Indicator ID", "Area Code", "Sex", "Time period", "Age band",
                    "Count", "Population");
        }
        try (XSSFWorkbook book = template(TestSchemas.SAMPLE)) {
            assertThat(book.getSheet("Age bands")).isNull();
        }
    }

    @Test
    void theIndicatorsSheetHasTheFingertipsHeaderRowInBoldAndFrozen() throws IOException {
        try (XSSFWorkbook book = template(TestSchemas.SAMPLE)) {
            XSSFSheet sheet = book.getSheetAt(0);

            assertThat(sheet.getSheetName()).isEqualTo("Indicators");
            assertThat(header(sheet)).containsExactly("Indicator ID", "Indicator Name", "Area Code", "Area Name", "Sex",
                    "Age", "Time period", "Value", "Lower CI 95.0 limit", "Upper CI 95.0 limit", "Lower CI 99.8 limit",
                    "Upper CI 99.8 limit", "Count", "Denominator", "Value note", "Expected", "Standard deviation");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0));
            assertThat(book.getActiveSheetIndex()).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Indicators", "Age bands"})
    void aTableSheetIsProtectedWithoutAPasswordItsHeaderLockedAndTheCellsBelowItOpen(String name) throws IOException {
        try (XSSFWorkbook book = template(PHOF)) {
            XSSFSheet sheet = book.getSheet(name);
            int columns = header(sheet).size();

            assertThat(sheet.isSheetLocked()).isTrue();
            assertThat(sheet.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
            assertThat(sheet.getCTWorksheet().getSheetProtection().isSetHashValue()).isFalse();
            assertThat((Iterable<Cell>) sheet.getRow(0)).allSatisfy(cell -> assertThat(cell.getCellStyle().getLocked()).isTrue());
            assertThat(IntStream.range(0, columns)).allSatisfy(c ->
                    assertThat(sheet.getColumnStyle(c).getLocked()).as("column %d", c).isFalse());
            assertThat(sheet.getColumnStyle(columns).getLocked()).as("beside the table").isTrue();
            assertThat(List.of(sheet.isAutoFilterLocked(), sheet.isSortLocked(), sheet.isFormatColumnsLocked(),
                    sheet.isFormatRowsLocked())).containsOnly(false);
            assertThat(List.of(sheet.isInsertColumnsLocked(), sheet.isDeleteColumnsLocked(), sheet.isInsertRowsLocked(),
                    sheet.isDeleteRowsLocked())).containsOnly(true);
        }
    }

    @Test
    void theInstructionsSheetIsLockedWhole() throws IOException {
        try (XSSFWorkbook book = template(PHOF)) {
            XSSFSheet instructions = book.getSheet("Instructions");

            assertThat(instructions.isSheetLocked()).isTrue();
            assertThat(instructions.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
            assertThat(instructions.isFormatColumnsLocked()).isTrue();
            assertThat((Iterable<Row>) instructions).allSatisfy(row -> assertThat((Iterable<Cell>) row).allSatisfy(cell ->
                    assertThat(cell.getCellStyle().getLocked()).isTrue()));
            assertThat(instructions.getColumnStyle(0).getLocked()).isTrue();
        }
    }

    @Test
    void everyFigureIsANumberOf0OrMoreWithAnInputMessageSayingWhatGoesThere() throws IOException {
        try (XSSFWorkbook book = template(TestSchemas.SAMPLE)) {
            XSSFSheet sheet = book.getSheet("Indicators");

            for (String figure : FIGURES) {
                DataValidation check = check(sheet, figure);
                DataValidationConstraint constraint = check.getValidationConstraint();
                assertThat(constraint.getValidationType()).as(figure).isEqualTo(ValidationType.DECIMAL);
                assertThat(constraint.getOperator()).as(figure).isEqualTo(OperatorType.GREATER_OR_EQUAL);
                assertThat(constraint.getFormula1()).as(figure).isEqualTo("0");
                assertThat(check.getShowPromptBox()).as(figure).isTrue();
                assertThat(check.getPromptBoxTitle()).isEqualTo(figure);
                assertThat(check.getPromptBoxText()).endsWith(" A number of 0 or more.");
                assertThat(check.getShowErrorBox()).isTrue();
                assertThat(check.getErrorStyle()).isEqualTo(ErrorStyle.STOP);
                assertThat(check.getErrorBoxText()).startsWith(figure + " takes a number of 0 or more");
                assertThat(check.getEmptyCellAllowed()).isTrue();
            }
            DataValidation value = check(sheet, "Value");
            assertThat(region(value)).isEqualTo("H2:H1048576");
            assertThat(value.getPromptBoxText()).isEqualTo("The value as a plain number: no % sign, no thousands"
                    + " commas. Leave blank if suppressed. A number of 0 or more.");
            assertThat(check(sheet, "Area Code")).isNull();
            assertThat(check(sheet, "Value note")).isNull();
        }
    }

    @Test
    void anAgeBandsCountIs0OrMoreAndItsPopulationAbove0() throws IOException {
        try (XSSFWorkbook book = template(PHOF)) {
            XSSFSheet bands = book.getSheet("Age bands");
            DataValidation count = check(bands, "Count");
            DataValidation population = check(bands, "Population");

            assertThat(count.getValidationConstraint().getOperator()).isEqualTo(OperatorType.GREATER_OR_EQUAL);
            assertThat(population.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DECIMAL);
            assertThat(population.getValidationConstraint().getOperator()).isEqualTo(OperatorType.GREATER_THAN);
            assertThat(population.getValidationConstraint().getFormula1()).isEqualTo("0");
            assertThat(population.getPromptBoxText()).isEqualTo("The band's population. A number above 0.");
            assertThat(population.getErrorBoxTitle()).isEqualTo("Not a number above 0");
            assertThat(region(population)).isEqualTo("G2:G1048576");
        }
    }

    @Test
    void indicatorSexAndAgeAreDropdownsOfTheSchemasOwnValuesKeptAsText() throws IOException {
        try (XSSFWorkbook book = template(TestSchemas.SAMPLE)) {
            XSSFSheet sheet = book.getSheet("Indicators");
            DataValidation indicator = check(sheet, "Indicator ID");
            DataValidation sex = check(sheet, "Sex");
            DataValidation age = check(sheet, "Age");

            assertThat(List.of(indicator, sex, age)).allSatisfy(check -> {
                assertThat(check.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
                assertThat(check.getShowErrorBox()).isTrue();
                assertThat(check.getErrorStyle()).isEqualTo(ErrorStyle.STOP);
                assertThat(check.getEmptyCellAllowed()).isTrue();
            });
            assertThat(indicator.getValidationConstraint().getExplicitListValues())
                    .containsExactly("C24a", "D02a", "CB_B6", "C06", "A01b");
            assertThat(region(indicator)).isEqualTo("A2:A1048576");
            assertThat(indicator.getErrorBoxText()).isEqualTo("Pick an indicator code from the list; the Instructions"
                    + " sheet says what each one is.");
            // screening and smoking are for females, the others for persons, life expectancy for each sex
            assertThat(sex.getValidationConstraint().getExplicitListValues()).containsExactly("Persons", "Male", "Female");
            assertThat(sex.getErrorBoxText()).isEqualTo("Pick Persons, Male or Female from the list.");
            assertThat(age.getValidationConstraint().getExplicitListValues())
                    .containsExactly("53-70 yrs", "15-24 yrs", "All ages");
            assertThat(List.of("Indicator ID", "Sex", "Age")).allSatisfy(column -> assertThat(
                    sheet.getColumnStyle(header(sheet).indexOf(column)).getDataFormatString()).isEqualTo("@"));
            assertThat(sheet.getColumnStyle(header(sheet).indexOf("Value")).getDataFormatString()).isEqualTo("General");
        }
    }

    @Test
    void aSchemaWhoseIndicatorsNameNoAgeLeavesAgeUncheckedAndOffersOnlyTheirSexes() throws IOException {
        try (XSSFWorkbook book = template(schemaOf(List.of(TestSchemas.CANCER_62, TestSchemas.SMOKING), null, 1))) {
            XSSFSheet sheet = book.getSheet("Indicators");

            assertThat(check(sheet, "Age")).isNull();
            assertThat(check(sheet, "Sex").getValidationConstraint().getExplicitListValues())
                    .containsExactly("Persons", "Female");
        }
    }

    @Test
    void theAgeBandSheetOffersTheStandardisedRatesAndThe19Bands() throws IOException {
        try (XSSFWorkbook book = template(PHOF)) {
            XSSFSheet bands = book.getSheet("Age bands");

            assertThat(check(bands, "Indicator ID").getValidationConstraint().getExplicitListValues())
                    .containsExactly("C21", "E04a", "E05a", "E06a", "E07a", "E10");
            assertThat(check(bands, "Age band").getValidationConstraint().getExplicitListValues())
                    .hasSize(19).startsWith("0-4", "5-9", "10-14").endsWith("85-89", "90+");
            assertThat(bands.getColumnStyle(header(bands).indexOf("Age band")).getDataFormatString()).isEqualTo("@");
            assertThat(check(bands, "Time period").getPromptBoxText()).isEqualTo("Write the period as 2019/20"
                    + " (financial year) or 2017 - 19 (multi year); the Instructions sheet gives each indicator's.");
        }
    }

    @Test
    void aListLongerThanAnInlineListHoldsComesFromAHiddenLockedSheet_oneColumnForBothSheetsThatUseIt()
            throws IOException {
        List<Indicator> many = IntStream.range(0, 80).mapToObj(i -> new Indicator("indicator-" + i, "LONGCODE" + i,
                null, "Indicator " + i, Sex.PERSONS, null, ValueType.DSR, 100000, Polarity.LOW, CiMethod.DOBSON,
                Benchmark.ENGLAND, ComparisonLevels.SINGLE_LEVEL, null, PeriodFormat.CALENDAR_YEAR, 0, null, null))
                .toList();

        try (XSSFWorkbook book = template(schemaOf(many, "Age bands", 1))) {
            XSSFSheet lists = book.getSheet("Lists");

            assertThat(check(book.getSheet("Indicators"), "Indicator ID").getValidationConstraint().getFormula1())
                    .isEqualTo("'Lists'!$A$1:$A$80");
            assertThat(check(book.getSheet("Age bands"), "Indicator ID").getValidationConstraint().getFormula1())
                    .isEqualTo("'Lists'!$A$1:$A$80");
            assertThat(book.getSheetVisibility(book.getSheetIndex(lists))).isEqualTo(SheetVisibility.HIDDEN);
            assertThat(book.getSheetIndex(lists)).isEqualTo(book.getNumberOfSheets() - 1);
            assertThat(lists.isSheetLocked()).isTrue();
            assertThat(lists.getRow(79).getCell(0).getStringCellValue()).isEqualTo("LONGCODE79");
            assertThat(lists.getRow(0).getLastCellNum()).isEqualTo((short) 1);
        }
        try (XSSFWorkbook book = template(TestSchemas.SAMPLE)) {
            assertThat(book.getSheet("Lists")).as("no list too long to write inline").isNull();
        }
    }

    @Test
    void eachPeriodCellSaysTheFormatsTheSchemaExpects() throws IOException {
        try (XSSFWorkbook book = template(TestSchemas.SAMPLE)) {
            DataValidation period = check(book.getSheet("Indicators"), "Time period");

            assertThat(period.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.ANY);
            assertThat(region(period)).isEqualTo("G2:G1048576");
            assertThat(period.getShowPromptBox()).isTrue();
            assertThat(period.getPromptBoxTitle()).isEqualTo("Time period");
            assertThat(period.getPromptBoxText()).isEqualTo("Write the period as 2019 (calendar year), Dec-20 (month),"
                    + " 2019/20 (financial year) or 2017 - 19 (multi year); the Instructions sheet gives each"
                    + " indicator's.");
            assertThat(period.getShowErrorBox()).isFalse();
        }
        try (XSSFWorkbook book = template(schemaOf(List.of(TestSchemas.SMOKING), null, 1))) {
            assertThat(check(book.getSheet("Indicators"), "Time period").getPromptBoxText())
                    .isEqualTo("Write the period as 2019/20 (financial year).");
        }
    }

    @Test
    void everyBuiltInTemplateKeepsItsMessagesWithinWhatExcelOpens() throws IOException {
        for (ReturnSchema schema : SchemaCatalog.builtIn().all()) {
            try (XSSFWorkbook book = template(schema)) {
                for (XSSFSheet sheet : List.of(book.getSheet("Indicators"))) {
                    assertThat(sheet.getDataValidations()).allSatisfy(check -> {
                        assertThat(check.getPromptBoxTitle() == null ? "" : check.getPromptBoxTitle()).hasSizeLessThanOrEqualTo(32);
                        assertThat(check.getPromptBoxText() == null ? "" : check.getPromptBoxText()).hasSizeLessThanOrEqualTo(255);
                        assertThat(check.getErrorBoxTitle() == null ? "" : check.getErrorBoxTitle()).hasSizeLessThanOrEqualTo(32);
                        assertThat(check.getErrorBoxText() == null ? "" : check.getErrorBoxText()).hasSizeLessThanOrEqualTo(225);
                    });
                }
            }
        }
        assertThatThrownBy(() -> MessageBox.prompt("Time period", "x".repeat(256)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MessageBox.alert("Not in the list", "x".repeat(226)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTemplateIsStampedWithItsSchemaAndVersionInAWorkbookWideName() throws IOException {
        try (XSSFWorkbook book = template(schemaOf(List.of(TestSchemas.SCREENING), null, 3))) {
            XSSFName stamp = book.getName("RagbookTemplate");

            assertThat(stamp.getSheetIndex()).as("workbook-wide").isEqualTo(-1);
            assertThat(stamp.getRefersToFormula()).isEqualTo("\"sample version 3\"");
        }
    }

    @Test
    void theInstructionsListEveryColumnAndEveryIndicatorAndSayWhatTheTemplateGuards() throws IOException {
        try (XSSFWorkbook book = template(TestSchemas.SAMPLE)) {
            List<List<String>> rows = new ArrayList<>();
            book.getSheet("Instructions").forEach(row -> {
                List<String> texts = new ArrayList<>();
                row.forEach(cell -> texts.add(cell.getStringCellValue()));
                rows.add(texts);
            });

            assertThat(rows.get(0)).containsExactly("Sample: return template");
            assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("Value note"));
            assertThat(rows).anySatisfy(r -> assertThat(String.join("|", r)).startsWith("Indicator ID|The indicator's code"));
            assertThat(rows).contains(
                    List.of("C24a", "Cancer screening coverage - breast cancer", "Higher is better", "None", "2019 (calendar year)"),
                    List.of("CB_B6", "Cancer 62 days of referral to treatment", "Higher is better", ">= 85", "Dec-20 (month)"));
            assertThat(rows).anySatisfy(r -> assertThat(r.get(0)).startsWith("The header rows and this sheet are locked"));
            assertThat(rows).anySatisfy(r -> assertThat(r.get(0)).startsWith("Template version 1 of the sample schema."));
        }
    }
}
