package org.ragbook.template;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ragbook.schema.Indicator;
import org.ragbook.schema.Polarity;
import org.ragbook.schema.ReturnSchema;

/** The Instructions sheet, locked: what the template is for, what goes in each column, and every indicator. */
final class InstructionsSheet {

    static final String NAME = "Instructions";

    private static final List<Integer> WIDTHS = List.of(22, 70, 16, 14, 30);

    /** A row of the sheet, all its cells in one look. */
    private record Line(Look look, List<String> cells) {

        static Line text(String... cells) {
            return new Line(Look.TEXT, List.of(cells));
        }

        static Line header(String... cells) {
            return new Line(Look.HEADER, List.of(cells));
        }
    }

    private enum Look { TITLE, HEADER, TEXT }

    private InstructionsSheet() {
    }

    static XSSFSheet write(XSSFWorkbook workbook, TemplateStyles styles, ReturnSchema schema,
            List<TemplateColumn> dataColumns) {
        return write(workbook, styles, lines(schema, dataColumns));
    }

    /** A sheet of a title, paragraphs and the table of columns: for a layout no schema describes. */
    static XSSFSheet write(XSSFWorkbook workbook, TemplateStyles styles, String title, List<String> paragraphs,
            List<TemplateColumn> columns) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(Look.TITLE, List.of(title)));
        paragraphs.forEach(p -> lines.add(Line.text(p)));
        lines.add(Line.text());
        columnTable(lines, columns);
        return write(workbook, styles, lines);
    }

    private static XSSFSheet write(XSSFWorkbook workbook, TemplateStyles styles, List<Line> lines) {
        XSSFSheet sheet = workbook.createSheet(NAME);
        for (int r = 0; r < lines.size(); r++) {
            Line line = lines.get(r);
            if (line.cells().isEmpty()) {
                continue;
            }
            XSSFCellStyle style = switch (line.look()) {
                case TITLE -> styles.title();
                case HEADER -> styles.header();
                case TEXT -> null;
            };
            Rows.write(sheet, r, line.cells(), style);
        }
        Rows.widths(sheet, WIDTHS);
        SheetProtection.readOnly(sheet);
        return sheet;
    }

    private static List<Line> lines(ReturnSchema schema, List<TemplateColumn> dataColumns) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(Look.TITLE, List.of((schema.title() == null ? schema.id() : schema.title())
                + ": return template")));
        if (schema.description() != null) {
            lines.add(Line.text(schema.description()));
        }
        if (schema.areaName() != null || schema.areaCode() != null) {
            lines.add(Line.text("Reporting area: " + (schema.areaName() == null ? "" : schema.areaName())
                    + (schema.areaCode() == null ? "" : " (" + schema.areaCode() + ")")));
        }
        lines.add(Line.text("Enter one row per indicator, area, sex, age and period on the " + TemplateWriter.DATA_SHEET
                + " sheet. Keep the header row as it is: Ragbook finds the table by it."));
        lines.add(Line.text("The header rows and this sheet are locked (protected with no password). The cells below a"
                + " header check what you type: the indicator, sex and age from a dropdown, figures as numbers of 0 or"
                + " more, and a period cell says how to write the period. Excel does not check pasted cells, and"
                + " pasting replaces a cell's check: use Paste Special > Values. Ragbook checks every row when you"
                + " send the return."));
        lines.add(Line.text("Template version " + schema.version() + " of the " + schema.id() + " schema. A return made"
                + " from an older version is still read, with a warning to download the current template."));
        lines.add(Line.text());
        columnTable(lines, dataColumns);
        if (schema.ageBandSheet() != null) {
            lines.add(Line.text());
            lines.add(Line.text("For a directly standardised rate, leave Value blank and give its age bands on the "
                    + schema.ageBandSheet() + " sheet: one row per indicator, area, sex, period and band (0-4, 5-9, …"
                    + " 85-89, 90+), with the band's Count of events and its Population. Ragbook weights them by the"
                    + " 2013 European Standard Population and computes the rate and its 95% limits."));
        }
        lines.add(Line.text());
        lines.add(Line.header("Indicator ID", "Indicator name", "Polarity", "Target", "Time period, for example"));
        for (Indicator indicator : schema.indicators()) {
            lines.add(Line.text(indicator.code(), indicator.name(), polarity(indicator.polarity()),
                    indicator.target() == null ? "None" : indicator.target().toString(),
                    SchemaChecks.example(indicator.periodFormat())));
        }
        return lines;
    }

    private static void columnTable(List<Line> lines, List<TemplateColumn> columns) {
        lines.add(Line.header("Column", "What to enter", "Required"));
        for (TemplateColumn column : columns) {
            lines.add(Line.text(column.header(), column.guidance(), column.required() ? "Yes" : ""));
        }
    }

    private static String polarity(Polarity polarity) {
        return switch (polarity) {
            case HIGH -> "Higher is better";
            case LOW -> "Lower is better";
            case NONE -> "No judgement";
        };
    }

}
