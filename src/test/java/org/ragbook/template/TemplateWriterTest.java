package org.ragbook.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    @TempDir
    Path dir;

    private XSSFWorkbook template(ReturnSchema schema) throws IOException {
        Path file = dir.resolve("template.xlsx");
        TemplateWriter.write(schema, file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void aSchemaNamingAnAgeBandSheetGetsThatSheetWithTheHeaderRagbookReads() throws IOException {
        ReturnSchema phof = SchemaCatalog.builtIn().find("phof-dashboard").orElseThrow();
        try (XSSFWorkbook book = template(phof)) {
            XSSFSheet bands = book.getSheet("Age bands");
            List<String> header = new ArrayList<>();
            bands.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));

            assertThat(book.getSheetIndex(bands)).isEqualTo(1);
            assertThat(header).containsExactly("Indicator ID", "Area Code", "Sex", "Time period", "Age band", "Count",
                    "Population");
        }
        try (XSSFWorkbook book = template(TestSchemas.SAMPLE)) {
            assertThat(book.getSheet("Age bands")).isNull();
        }
    }

    @Test
    void theIndicatorsSheetHasTheFingertipsHeaderRowInBoldAndFrozen() throws IOException {
        try (XSSFWorkbook book = template(TestSchemas.SAMPLE)) {
            XSSFSheet sheet = book.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));

            assertThat(sheet.getSheetName()).isEqualTo("Indicators");
            assertThat(header).containsExactly("Indicator ID", "Indicator Name", "Area Code", "Area Name", "Sex", "Age",
                    "Time period", "Value", "Lower CI 95.0 limit", "Upper CI 95.0 limit", "Lower CI 99.8 limit",
                    "Upper CI 99.8 limit", "Count", "Denominator", "Value note", "Expected", "Standard deviation");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0));
            assertThat(book.getActiveSheetIndex()).isZero();
        }
    }

    @Test
    void indicatorIdAndSexHaveDropdowns_theCodesFromARangeOnAHiddenSheet() throws IOException {
        try (XSSFWorkbook book = template(TestSchemas.SAMPLE)) {
            List<? extends DataValidation> validations = book.getSheet("Indicators").getDataValidations();
            DataValidation indicator = validations.stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 0).findFirst().orElseThrow();
            DataValidation sex = validations.stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 4).findFirst().orElseThrow();
            XSSFSheet lists = book.getSheet("Lists");

            assertThat(validations).hasSize(2);
            assertThat(indicator.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
            assertThat(indicator.getValidationConstraint().getFormula1()).isEqualTo("'Lists'!$A$1:$A$5");
            assertThat(indicator.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("A2:A10001");
            assertThat(indicator.getShowErrorBox()).isTrue();
            assertThat(sex.getValidationConstraint().getExplicitListValues()).containsExactly("Persons", "Male", "Female");
            assertThat(sex.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("E2:E10001");
            assertThat(book.getSheetVisibility(book.getSheetIndex(lists))).isEqualTo(SheetVisibility.HIDDEN);
            assertThat(lists.getRow(2).getCell(0).getStringCellValue()).isEqualTo("CB_B6");
        }
    }

    @Test
    void theInstructionsListEveryColumnAndEveryIndicator() throws IOException {
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
        }
    }

    @Test
    void aSchemaWithMoreCodesThanAnExplicitListHoldsStillGetsItsDropdown() throws IOException {
        List<Indicator> many = IntStream.range(0, 80).mapToObj(i -> new Indicator("indicator-" + i, "LONGCODE" + i, null,
                "Indicator " + i, Sex.PERSONS, null, ValueType.PROPORTION, 100, Polarity.HIGH, CiMethod.WILSON, Benchmark.ENGLAND, ComparisonLevels.SINGLE_LEVEL, null,
                PeriodFormat.FINANCIAL_YEAR, 0, null, null)).toList();
        ReturnSchema schema = new ReturnSchema("many", "Many", null, "many.yaml", null, null, null, null, many, 1);

        try (XSSFWorkbook book = template(schema)) {
            assertThat(book.getSheet("Indicators").getDataValidations())
                    .anySatisfy(v -> assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("'Lists'!$A$1:$A$80"));
        }
    }
}
