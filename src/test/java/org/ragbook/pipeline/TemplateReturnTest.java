package org.ragbook.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ragbook.fixtures.AnnotatedWorkbook;
import org.ragbook.fixtures.FilledTemplate;
import org.ragbook.fixtures.PhofAgeBands;
import org.ragbook.fixtures.PhofDashboard;
import org.ragbook.fixtures.SheetGrid;
import org.ragbook.report.Report;
import org.ragbook.schema.ReturnSchema;
import org.ragbook.schema.SchemaCatalog;
import org.ragbook.validate.AgeRange;

/**
 * A return made from a template as an analyst makes one (Ragbook's template, the seed paper's rows
 * typed into it), sent through the whole pipeline: every value typed passes the template's own
 * checks, and the return comes back without an error.
 */
class TemplateReturnTest {

    private static final SchemaCatalog SCHEMAS = SchemaCatalog.builtIn();
    private static final ReturnSchema PHOF = SCHEMAS.find("phof-dashboard").orElseThrow();

    @TempDir
    Path dir;

    private Report annotate(Path input) {
        return new Pipeline(SCHEMAS).annotate(input, input.getFileName().toString(), null,
                dir.resolve("annotated.xlsx"));
    }

    @Test
    void theSeedDashboardTypedIntoItsTemplateIsReadWithoutAnErrorAndColouredAsThePaperIs() throws IOException {
        Path input = dir.resolve("phof-template.xlsx");
        FilledTemplate.write(PHOF, input, PhofDashboard.sheet());

        assertThat(refusedByTheTemplatesChecks(input)).isEmpty();
        Report report = annotate(input);

        assertThat(report.schema()).isEqualTo("phof-dashboard");
        assertThat(report.errorCount()).isZero();
        assertThat(report.findings()).noneMatch(f -> f.rule().equals("old-template"));
        assertThat(report.observations()).hasSize(PhofDashboard.LINES.size());
        assertThat(report.rag()).containsExactlyInAnyOrderEntriesOf(
                Map.of("green", 18, "amber", 12, "red", 3, "notCompared", 5));
        assertThat(AnnotatedWorkbook.open(dir.resolve("annotated.xlsx")).sheetNames())
                .startsWith("Indicators", "Age bands", "Instructions").contains("Summary", "Validation");
    }

    @Test
    void ageBandsTypedIntoTheTemplatesAgeBandSheetGiveTheStandardisedRate() throws IOException {
        Path input = dir.resolve("phof-bands.xlsx");
        FilledTemplate.write(PHOF, input, PhofAgeBands.indicators(), bandsAsTheDropdownOffersThem());

        assertThat(refusedByTheTemplatesChecks(input)).isEmpty();
        Report report = annotate(input);

        assertThat(report.errorCount()).isZero();
        Report.ObservationEntry leicestershire = report.observations().stream()
                .filter(o -> o.area().equals("E10000018")).findFirst().orElseThrow();
        assertThat(leicestershire.value()).isCloseTo(445.8, within(0.05));
        assertThat(leicestershire.method()).isEqualTo("Dobson");
    }

    /** The fixture's bands with each label as the template's dropdown offers it ({@code 10-14} for {@code 10 to 14}). */
    private static SheetGrid bandsAsTheDropdownOffersThem() {
        SheetGrid bands = PhofAgeBands.ageBands();
        List<AgeRange> standard = AgeRange.standardBands();
        for (int i = 0; i < standard.size(); i++) {
            bands = bands.with("E" + (i + 2), standard.get(i).toString());
        }
        return bands;
    }

    /**
     * The cells of the table sheets that the template's checks would have refused as they were typed,
     * as {@code Sheet!A1}: Excel and LibreOffice apply them while typing, POI does not when writing.
     */
    private static List<String> refusedByTheTemplatesChecks(Path file) throws IOException {
        List<String> refused = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (String name : List.of("Indicators", "Age bands")) {
                XSSFSheet sheet = workbook.getSheet(name);
                for (DataValidation check : sheet.getDataValidations()) {
                    int column = check.getRegions().getCellRangeAddress(0).getFirstColumn();
                    for (Row row : sheet) {
                        Cell cell = row.getCell(column);
                        if (row.getRowNum() > 0 && cell != null && !accepts(workbook, check, cell)) {
                            refused.add(name + "!" + cell.getAddress());
                        }
                    }
                }
            }
        }
        return refused;
    }

    private static boolean accepts(XSSFWorkbook workbook, DataValidation check, Cell cell) {
        DataValidationConstraint constraint = check.getValidationConstraint();
        return switch (constraint.getValidationType()) {
            case ValidationType.LIST -> cell.getCellType() == CellType.STRING
                    && items(workbook, constraint).contains(cell.getStringCellValue());
            case ValidationType.DECIMAL -> cell.getCellType() == CellType.NUMERIC
                    && (constraint.getOperator() == OperatorType.GREATER_OR_EQUAL
                            ? cell.getNumericCellValue() >= 0 : cell.getNumericCellValue() > 0);
            default -> true;
        };
    }

    private static List<String> items(XSSFWorkbook workbook, DataValidationConstraint constraint) {
        if (constraint.getExplicitListValues() != null) {
            return Arrays.asList(constraint.getExplicitListValues());
        }
        AreaReference range = new AreaReference(constraint.getFormula1(), SpreadsheetVersion.EXCEL2007);
        XSSFSheet lists = workbook.getSheet(range.getFirstCell().getSheetName());
        List<String> items = new ArrayList<>();
        for (CellReference ref : range.getAllReferencedCells()) {
            items.add(lists.getRow(ref.getRow()).getCell(ref.getCol()).getStringCellValue());
        }
        return items;
    }
}
