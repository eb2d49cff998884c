package org.ragbook.template;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ragbook.read.TemplateStamp;
import org.ragbook.schema.ReturnSchema;

/**
 * Writes a blank return for a schema in the long Fingertips layout, so that analysts start from
 * the header row Ragbook reads, with a sheet that says what each column and indicator means. The
 * template guards its cells: the header rows and the Instructions are locked, and the cells below
 * the header are checked as they are typed (dropdowns of the schema's values, numbers of 0 or more,
 * the period's format). It is stamped with the schema's version, so that a return made from an
 * outdated template can be told so.
 */
public final class TemplateWriter {

    static final String DATA_SHEET = "Indicators";

    private TemplateWriter() {
    }

    public static void write(ReturnSchema schema, Path output) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(output)) {
            TemplateStyles styles = new TemplateStyles(workbook);
            ChoiceLists lists = new ChoiceLists();
            List<TemplateColumn> dataColumns = IndicatorColumns.of(schema);
            TableSheet.write(workbook, styles, lists, DATA_SHEET, dataColumns);
            if (schema.ageBandSheet() != null) {
                TableSheet.write(workbook, styles, lists, schema.ageBandSheet(), AgeBandColumns.of(schema));
            }
            InstructionsSheet.write(workbook, styles, schema, dataColumns);
            lists.write(workbook);
            stamp(workbook, new TemplateStamp(schema.id(), schema.version()));
            workbook.setActiveSheet(0);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the template " + output.getFileName(), e);
        }
    }

    private static void stamp(XSSFWorkbook workbook, TemplateStamp stamp) {
        XSSFName name = workbook.createName();
        name.setNameName(TemplateStamp.NAME);
        name.setRefersToFormula(stamp.formula());
    }
}
