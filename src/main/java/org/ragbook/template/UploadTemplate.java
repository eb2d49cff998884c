package org.ragbook.template;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the Fingertips upload template: the {@code PHOLIO} sheet with the upload layout's header,
 * locked, above cells checked as they are typed, and an Instructions sheet. It names no schema: the
 * layout carries Fingertips' own ids, so one template serves every indicator.
 */
public final class UploadTemplate {

    static final String DATA_SHEET = "PHOLIO";

    private UploadTemplate() {
    }

    public static void write(Path output) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(output)) {
            TemplateStyles styles = new TemplateStyles(workbook);
            ChoiceLists lists = new ChoiceLists();
            List<TemplateColumn> columns = UploadColumns.all();
            TableSheet.write(workbook, styles, lists, DATA_SHEET, columns);
            InstructionsSheet.write(workbook, styles, "Fingertips upload: return template", List.of(
                    "Enter one row per indicator, period, age, sex, area and category on the " + DATA_SHEET
                            + " sheet, keyed by Fingertips' own ids. Keep the header row as it is.",
                    "-1 means no value in every numeric column, and so does a blank cell: leave Quarter and Month at"
                            + " -1 (or blank) for a yearly figure, the CI columns for a figure without limits.",
                    "The header row and this sheet are locked (protected with no password). The cells below the"
                            + " header check what you type: whole numbers for the ids and time columns, numbers"
                            + " for the figures. Excel does not check pasted cells: use Paste Special > Values."
                            + " Ragbook checks every row when you send the return."),
                    columns);
            lists.write(workbook);
            workbook.setActiveSheet(0);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the template " + output.getFileName(), e);
        }
    }
}
