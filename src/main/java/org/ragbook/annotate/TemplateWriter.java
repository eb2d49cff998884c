package org.ragbook.annotate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ragbook.schema.Indicator;
import org.ragbook.schema.Polarity;
import org.ragbook.schema.ReturnSchema;
import org.ragbook.schema.Sex;
import org.ragbook.validate.AgeBandColumn;
import org.ragbook.validate.LongColumn;

/**
 * Writes a blank return for a schema in the long Fingertips layout, so that analysts start from
 * the header row Ragbook reads, with dropdowns for the indicator and sex and a sheet that says what
 * each column and indicator means.
 */
public final class TemplateWriter {

    static final String DATA_SHEET = "Indicators";
    static final String INSTRUCTIONS_SHEET = "Instructions";
    /** Indicator codes for the dropdown: a range on a sheet, since an explicit list over 255 characters throws. */
    static final String LISTS_SHEET = "Lists";
    /** How many rows below the header get the dropdowns. */
    static final int DROPDOWN_ROWS = 10_000;

    private static final List<Integer> DATA_WIDTHS = List.of(12, 40, 12, 24, 9, 10, 12, 10, 12, 12, 12, 12, 10, 12, 30, 10, 12);
    private static final List<Integer> AGE_BAND_WIDTHS = List.of(12, 12, 9, 12, 10, 10, 12);
    private static final List<Integer> INSTRUCTION_WIDTHS = List.of(22, 70, 16, 14, 30);

    private TemplateWriter() {
    }

    public static void write(ReturnSchema schema, Path output) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(output)) {
            XssfPlanWriter sheets = new XssfPlanWriter(workbook, new XssfStyles(workbook));
            XSSFSheet data = sheets.addSheet(dataSheet());
            if (schema.ageBandSheet() != null) {
                sheets.addSheet(ageBandSheet(schema.ageBandSheet()));
            }
            sheets.addSheet(instructions(schema));
            sheets.addSheet(lists(schema));
            workbook.setSheetVisibility(workbook.getSheetIndex(LISTS_SHEET), SheetVisibility.HIDDEN);
            addDropdowns(data, schema.indicators().size());
            workbook.setActiveSheet(0);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the template " + output.getFileName(), e);
        }
    }

    private static PlanSheet dataSheet() {
        List<PlanCell> header = new ArrayList<>();
        for (LongColumn column : LongColumn.values()) {
            header.add(PlanCell.header(column.header()));
        }
        return new PlanSheet(DATA_SHEET, List.of(header), DATA_WIDTHS, 0);
    }

    /** The sheet of age bands the schema's directly standardised rates are computed from. */
    private static PlanSheet ageBandSheet(String name) {
        List<PlanCell> header = Arrays.stream(AgeBandColumn.values()).map(c -> PlanCell.header(c.header())).toList();
        return new PlanSheet(name, List.of(header), AGE_BAND_WIDTHS, 0);
    }

    private static PlanSheet instructions(ReturnSchema schema) {
        List<List<PlanCell>> rows = new ArrayList<>();
        rows.add(List.of(PlanCell.title((schema.title() == null ? schema.id() : schema.title()) + ": return template")));
        if (schema.description() != null) {
            rows.add(List.of(PlanCell.text(schema.description())));
        }
        if (schema.areaName() != null || schema.areaCode() != null) {
            rows.add(List.of(PlanCell.text("Reporting area: " + Wording.orEmpty(schema.areaName())
                    + (schema.areaCode() == null ? "" : " (" + schema.areaCode() + ")"))));
        }
        rows.add(List.of(PlanCell.text("Enter one row per indicator, area, sex, age and period on the " + DATA_SHEET
                + " sheet. Keep the header row as it is: Ragbook finds the table by it.")));
        rows.add(List.of());
        rows.add(List.of(PlanCell.header("Column"), PlanCell.header("What to enter"), PlanCell.header("Required")));
        for (LongColumn column : LongColumn.values()) {
            rows.add(List.of(PlanCell.text(column.header()), PlanCell.text(guidance(column)),
                    PlanCell.text(column.required() ? "Yes" : "")));
        }
        if (schema.ageBandSheet() != null) {
            rows.add(List.of());
            rows.add(List.of(PlanCell.text("For a directly standardised rate, leave Value blank and give its age bands"
                    + " on the " + schema.ageBandSheet() + " sheet: one row per indicator, area, sex, period and band"
                    + " (0-4, 5-9, … 85-89, 90+), with the band's Count of events and its Population. Ragbook weights"
                    + " them by the 2013 European Standard Population and computes the rate and its 95% limits.")));
        }
        rows.add(List.of());
        rows.add(List.of(PlanCell.header("Indicator ID"), PlanCell.header("Indicator name"), PlanCell.header("Polarity"),
                PlanCell.header("Target"), PlanCell.header("Time period, for example")));
        for (Indicator indicator : schema.indicators()) {
            rows.add(List.of(
                    PlanCell.text(indicator.code()),
                    PlanCell.text(indicator.name()),
                    PlanCell.text(polarity(indicator.polarity())),
                    PlanCell.text(indicator.target() == null ? "None" : indicator.target().toString()),
                    PlanCell.text(periodFormat(indicator))));
        }
        return new PlanSheet(INSTRUCTIONS_SHEET, rows, INSTRUCTION_WIDTHS, -1);
    }

    private static PlanSheet lists(ReturnSchema schema) {
        List<List<PlanCell>> rows = schema.indicators().stream().map(i -> List.of(PlanCell.text(i.code()))).toList();
        return new PlanSheet(LISTS_SHEET, rows, List.of(12), -1);
    }

    private static void addDropdowns(XSSFSheet data, int indicatorCount) {
        DataValidationHelper helper = data.getDataValidationHelper();
        DataValidationConstraint codes = helper.createFormulaListConstraint(
                SheetNames.reference(LISTS_SHEET, "$A$1:$A$" + Math.max(1, indicatorCount)));
        addDropdown(data, codes, LongColumn.INDICATOR_ID, "Unknown indicator",
                "Pick an indicator code from the list; the " + INSTRUCTIONS_SHEET + " sheet says what each one is.");
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

    private static String guidance(LongColumn column) {
        return switch (column) {
            case INDICATOR_ID -> "The indicator's code, from the dropdown; its name or Fingertips id is also read.";
            case INDICATOR_NAME -> "The indicator's name, for people reading the sheet; Ragbook goes by the ID.";
            case AREA_CODE -> "The area's ONS code, such as E10000018. England is E92000001.";
            case AREA_NAME -> "The area's name, such as Leicestershire.";
            case SEX -> "Persons, Male or Female (P, M and F are also read).";
            case AGE -> "The age band, such as 18+ yrs or All ages.";
            case TIME_PERIOD -> "The period, written as the indicator's format below shows.";
            case VALUE -> "The value as a plain number: no % sign, no thousands commas. Leave blank if suppressed.";
            case LOWER_CI_95 -> "The lower limit of the 95% confidence interval, if you have it.";
            case UPPER_CI_95 -> "The upper limit of the 95% confidence interval, if you have it.";
            case LOWER_CI_998 -> "The lower limit of the 99.8% confidence interval, if you have it.";
            case UPPER_CI_998 -> "The upper limit of the 99.8% confidence interval, if you have it.";
            case COUNT -> "The number of events or people counted (the numerator).";
            case DENOMINATOR -> "The population or total the count is out of.";
            case VALUE_NOTE -> "Why a value is missing or provisional, such as 'Suppressed: small numbers'.";
            case EXPECTED -> "For a standardised ratio: the events expected at the reference population's rates"
                    + " (Value is Count / Expected).";
            case STANDARD_DEVIATION -> "For a mean: the standard deviation of the values (Value is the mean,"
                    + " Denominator the number of values).";
        };
    }

    private static String polarity(Polarity polarity) {
        return switch (polarity) {
            case HIGH -> "Higher is better";
            case LOW -> "Lower is better";
            case NONE -> "No judgement";
        };
    }

    private static String periodFormat(Indicator indicator) {
        String name = indicator.periodFormat().name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return indicator.periodFormat().example() + " (" + name + ")";
    }
}
