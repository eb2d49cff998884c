package org.ragbook.annotate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ragbook.read.CellValue;
import org.ragbook.read.ReturnTable;
import org.ragbook.read.SheetData;
import org.ragbook.read.SheetRow;

/**
 * Writes the annotated return as CSV: the table's rows with the added columns, row for row so that
 * the row numbers in messages still point at the right line. A wide table has no room for added
 * columns, so its CSV is the long-form Statistics table instead.
 */
final class CsvWriter {

    private CsvWriter() {
    }

    static void write(AnnotationPlan plan, ReturnTable table, Path output) {
        try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            if (plan.statistics() != null) {
                for (List<PlanCell> row : plan.statistics().rows()) {
                    csv.printRecord(row.stream().map(CsvWriter::field).toList());
                }
            } else {
                writeTable(csv, plan, table);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + output.getFileName(), e);
        }
    }

    private static void writeTable(CSVPrinter csv, AnnotationPlan plan, ReturnTable table) throws IOException {
        SheetData sheet = regionSheet(plan, table);
        if (sheet == null) {
            return;
        }
        AppendedColumns appended = plan.appended();
        int nextRow = 0;
        for (SheetRow row : sheet.rows()) {
            for (; nextRow < row.index(); nextRow++) {
                csv.println();
            }
            List<String> fields = new ArrayList<>();
            row.cells().forEach(cell -> fields.add(field(cell)));
            List<PlanCell> added = appended == null ? List.of() : appended.cellsAt(row.index());
            if (!added.isEmpty()) {
                while (fields.size() < appended.firstColumn()) {
                    fields.add("");
                }
                added.forEach(cell -> fields.add(field(cell)));
            }
            csv.printRecord(fields);
            nextRow = row.index() + 1;
        }
    }

    private static SheetData regionSheet(AnnotationPlan plan, ReturnTable table) {
        if (plan.region() == null) {
            return table.sheets().isEmpty() ? null : table.sheets().get(0);
        }
        return table.sheets().stream()
                .filter(s -> plan.sheets().name(s.name()).equals(plan.region().sheet()))
                .findFirst().orElse(null);
    }

    private static String field(CellValue cell) {
        return cell instanceof CellValue.Text t ? InertText.forCsv(t.value()) : cell.display();
    }

    private static String field(PlanCell cell) {
        return cell.number() != null ? new CellValue.Number(cell.number()).display() : InertText.forCsv(cell.text());
    }
}
