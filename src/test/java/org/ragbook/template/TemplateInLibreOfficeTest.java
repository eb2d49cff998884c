package org.ragbook.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ragbook.fixtures.FilledTemplate;
import org.ragbook.fixtures.OfficeSuite;
import org.ragbook.fixtures.PhofDashboard;
import org.ragbook.pipeline.Pipeline;
import org.ragbook.read.ReturnReader;
import org.ragbook.read.TemplateStamp;
import org.ragbook.report.Report;
import org.ragbook.schema.ReturnSchema;
import org.ragbook.schema.SchemaCatalog;

/**
 * A template filled in and saved from LibreOffice Calc, which analysts without Excel use: it opens,
 * and its guards and stamp come back in the copy it saves, which Ragbook reads without an error.
 */
class TemplateInLibreOfficeTest {

    private static final SchemaCatalog SCHEMAS = SchemaCatalog.builtIn();
    private static final ReturnSchema PHOF = SCHEMAS.find("phof-dashboard").orElseThrow();

    @TempDir
    Path dir;

    @Test
    void libreOfficeOpensAFilledTemplateAndSavesItWithItsGuardsAndStamp() throws Exception {
        Path filled = dir.resolve("phof-template.xlsx");
        FilledTemplate.write(PHOF, filled, PhofDashboard.sheet());

        Path saved = OfficeSuite.toXlsx(filled, Files.createDirectories(dir.resolve("saved")));

        try (InputStream in = Files.newInputStream(saved); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet indicators = book.getSheet("Indicators");
            assertThat(List.of(indicators.isSheetLocked(), book.getSheet("Age bands").isSheetLocked(),
                    book.getSheet("Instructions").isSheetLocked())).containsOnly(true);
            assertThat(indicators.getRow(0).getCell(0).getCellStyle().getLocked()).isTrue();
            assertThat(indicators.getRow(1).getCell(0).getCellStyle().getLocked()).isFalse();
            assertThat(indicators.getColumnStyle(7).getLocked()).isFalse();
            // LibreOffice keeps each check on its column from the first row under the header
            assertThat(indicators.getDataValidations()).extracting(TemplateInLibreOfficeTest::firstCell,
                            v -> v.getValidationConstraint().getValidationType())
                    .contains(tuple("A2", ValidationType.LIST),
                            tuple("E2", ValidationType.LIST),
                            tuple("F2", ValidationType.LIST),
                            tuple("G2", ValidationType.ANY),
                            tuple("H2", ValidationType.DECIMAL),
                            tuple("M2", ValidationType.DECIMAL));
            DataValidation period = indicators.getDataValidations().stream()
                    .filter(v -> firstCell(v).equals("G2")).findFirst().orElseThrow();
            assertThat(period.getPromptBoxText()).startsWith("Write the period as 2017 - 19 (multi year)");
            assertThat(book.getName("RagbookTemplate").getRefersToFormula()).isEqualTo("\"phof-dashboard version 1\"");
        }
        assertThat(ReturnReader.read(saved, "phof-template.xlsx").template())
                .isEqualTo(new TemplateStamp("phof-dashboard", 1));
        Report report = new Pipeline(SCHEMAS).validate(saved, "phof-template.xlsx", null);
        assertThat(report.errorCount()).isZero();
        assertThat(report.rag()).containsEntry("green", 18).containsEntry("red", 3);
    }

    private static String firstCell(DataValidation validation) {
        CellRangeAddress range = validation.getRegions().getCellRangeAddress(0);
        return new CellReference(range.getFirstRow(), range.getFirstColumn()).formatAsString();
    }
}
