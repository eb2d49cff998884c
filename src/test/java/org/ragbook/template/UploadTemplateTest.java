package org.ragbook.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Fingertips upload template, read back with POI as Excel would open it. */
class UploadTemplateTest {

    static final List<String> COLUMNS = List.of("IndicatorId", "Year", "YearRange", "Quarter", "Month", "AgeId",
            "SexId", "AreaCode", "Count", "Value", "LowerCI95", "UpperCI95", "LowerCI99_8", "UpperCI99_8",
            "Denominator", "Denominator_2", "ValueNoteId", "CategoryTypeId", "CategoryId");

    @TempDir
    Path dir;

    private XSSFWorkbook book;
    private XSSFSheet pholio;

    @BeforeEach
    void write() throws IOException {
        Path file = dir.resolve("upload.xlsx");
        UploadTemplate.write(file);
        try (InputStream in = Files.newInputStream(file)) {
            book = new XSSFWorkbook(in);
        }
        pholio = book.getSheet("PHOLIO");
    }

    @Test
    void the_pholio_sheet_comes_first_with_the_upload_layouts_header_locked_and_instructions_after() {
        assertThat(book.getSheetIndex(pholio)).isZero();
        assertThat(book.getActiveSheetIndex()).isZero();
        assertThat(header()).containsExactlyElementsOf(COLUMNS);
        assertThat(pholio.isSheetLocked()).isTrue();
        assertThat((Iterable<Cell>) pholio.getRow(0)).allSatisfy(c -> assertThat(c.getCellStyle().getLocked()).isTrue());
        assertThat(pholio.getColumnStyle(0).getLocked()).as("the cells below the header").isFalse();

        XSSFSheet instructions = book.getSheet(InstructionsSheet.NAME);
        assertThat(instructions.isSheetLocked()).isTrue();
        List<String> described = new ArrayList<>();
        instructions.forEach(row -> described.add(row.getCell(0).getStringCellValue()));
        assertThat(described).containsAll(COLUMNS).anyMatch(text -> text.startsWith("-1 means no value"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Quarter", "Month", "ValueNoteId", "CategoryTypeId", "CategoryId"})
    void time_and_category_ids_take_whole_numbers_with_minus_one_for_none(String column) {
        DataValidation check = check(column);

        assertThat(check.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
        assertThat(check.getValidationConstraint().getOperator()).isEqualTo(OperatorType.GREATER_OR_EQUAL);
        assertThat(check.getValidationConstraint().getFormula1()).isEqualTo("-1");
        assertThat(check.getPromptBoxText()).contains("-1 (or blank) for none");
        assertThat(check.getShowErrorBox()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"IndicatorId", "Year", "YearRange", "AgeId", "SexId"})
    void the_ids_a_row_needs_take_whole_numbers_of_one_or_more(String column) {
        DataValidation check = check(column);

        assertThat(check.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
        assertThat(check.getValidationConstraint().getFormula1()).isEqualTo("1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Count", "Value", "LowerCI95", "UpperCI95", "LowerCI99_8", "UpperCI99_8", "Denominator",
        "Denominator_2"})
    void figures_take_decimals_with_minus_one_for_none(String column) {
        DataValidation check = check(column);

        assertThat(check.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DECIMAL);
        assertThat(check.getValidationConstraint().getFormula1()).isEqualTo("-1");
        assertThat(check.getRegions().getCellRangeAddress(0).getLastRow()).isEqualTo(1_048_575);
    }

    @Test
    void the_area_code_is_free_text() {
        assertThat(pholio.getDataValidations()).hasSize(COLUMNS.size() - 1);
        assertThat(pholio.getDataValidations()).noneMatch(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn()
                == COLUMNS.indexOf("AreaCode"));
    }

    private List<String> header() {
        List<String> header = new ArrayList<>();
        pholio.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
        return header;
    }

    private DataValidation check(String column) {
        int index = COLUMNS.indexOf(column);
        return pholio.getDataValidations().stream()
                .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == index)
                .findFirst().orElseThrow();
    }
}
