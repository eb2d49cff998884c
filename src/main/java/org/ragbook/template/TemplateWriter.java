package org.ragbook.template;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ragbook.schema.Indicator;
import org.ragbook.schema.ReturnSchema;
import org.ragbook.schema.Sex;
import org.ragbook.validate.LongColumn;

/**
 * Writes a blank return for a schema in the long Fingertips layout, so that analysts start from
 * the header row Ragbook reads, with dropdowns for the indicator and sex and a sheet that says what
 * each column and indicator means.
 */
public final class TemplateWriter {

    static final String DATA_SHEET = "Indicators";
    /** Indicator codes for the dropdown: a range on a sheet, since an explicit list over 255 characters throws. */
    static final String LISTS_SHEET = "Lists";
    /** How many rows below the header get the dropdowns. */
    static final int DROPDOWN_ROWS = 10_000;

    private TemplateWriter() {
    }

    public static void write(ReturnSchema schema, Path output) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(output)) {
            TemplateStyles styles = new TemplateStyles(workbook);
            List<TemplateColumn> dataColumns = IndicatorColumns.all();
            XSSFSheet data = TableSheet.write(workbook, styles, DATA_SHEET, dataColumns);
            if (schema.ageBandSheet() != null) {
                TableSheet.write(workbook, styles, schema.ageBandSheet(), AgeBandColumns.all());
            }
            InstructionsSheet.write(workbook, styles, schema, dataColumns);
            XSSFSheet lists = workbook.createSheet(LISTS_SHEET);
            List<String> codes = schema.indicators().stream().map(Indicator::code).toList();
            for (int r = 0; r < codes.size(); r++) {
                Rows.write(lists, r, List.of(codes.get(r)), null);
            }
            workbook.setSheetVisibility(workbook.getSheetIndex(lists), SheetVisibility.HIDDEN);
            addDropdowns(data, codes.size());
            workbook.setActiveSheet(0);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the template " + output.getFileName(), e);
        }
    }

    private static void addDropdowns(XSSFSheet data, int indicatorCount) {
        DataValidationHelper helper = data.getDataValidationHelper();
        DataValidationConstraint codes = helper.createFormulaListConstraint(
                "'" + LISTS_SHEET + "'!$A$1:$A$" + Math.max(1, indicatorCount));
        addDropdown(data, codes, LongColumn.INDICATOR_ID, "Unknown indicator",
                "Pick an indicator code from the list; the " + InstructionsSheet.NAME + " sheet says what each one is.");
        String[] sexes = Arrays.stream(Sex.values()).map(Sex::label).toArray(String[]::new);
        addDropdown(data, helper.createExplicitListConstraint(sexes), LongColumn.SEX, "Unknown sex",
                "Enter Persons, Male or Female.");
    }

    private static void addDropdown(XSSFSheet data, DataValidationConstraint constraint, LongColumn column,
            String errorTitle, String errorText) {
        int index = column.ordinal();
        DataValidation validation = data.getDataValidationHelper().createValidation(
                constraint, new CellRangeAddressList(1, DROPDOWN_ROWS, index, index));
        validation.setShowErrorBox(true);
        validation.createErrorBox(errorTitle, errorText);
        data.addValidationData(validation);
    }
}
