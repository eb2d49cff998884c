package org.ragbook.annotate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ragbook.read.ReturnTable;
import org.ragbook.read.SheetData;

/**
 * Writes the annotated workbook for a large return (or a CSV one, which has no workbook to keep)
 * straight into a zip, part by part and row by row, from what the reader returned: values without
 * the analyst's formatting, but in a fraction of the time and memory POI's models would take. The
 * marks are grouped by sheet and row first, so that writing a row costs one look-up.
 */
final class StreamingWriter {

    /** Deflate favouring speed: sheet XML compresses well even at the lowest levels. */
    private static final int DEFLATE_LEVEL = 1;
    private static final int BUFFER_BYTES = 1 << 16;

    private final AnnotationPlan plan;
    private final ReturnTable table;
    private final Map<String, List<CellMark>> marksBySheet = new HashMap<>();
    private final CommentParts commentParts = new CommentParts();

    private StreamingWriter(AnnotationPlan plan, ReturnTable table) {
        this.plan = plan;
        this.table = table;
        plan.marks().forEach(m -> marksBySheet.computeIfAbsent(m.cell().sheet(), s -> new ArrayList<>()).add(m));
    }

    static void write(AnnotationPlan plan, ReturnTable table, Path output) {
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(output), BUFFER_BYTES);
                BackgroundZip zip = new BackgroundZip(file, DEFLATE_LEVEL)) {
            new StreamingWriter(plan, table).write(zip);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + output.getFileName(), e);
        }
    }

    private void write(BackgroundZip zip) throws IOException {
        DrawingParts drawings = plan.spc() == null ? new DrawingParts(List.of()) : DrawingParts.of(plan.spc());
        List<PackageParts.Sheet> sheets = sheets(drawings);
        int active = sheets.stream().filter(s -> s.name().equals(plan.activeSheet())).findFirst().orElseThrow().number() - 1;
        part(zip, "[Content_Types].xml", PackageParts.contentTypes(sheets,
                drawings.parts().stream().map(DrawingParts.Part::name).toList()));
        part(zip, "_rels/.rels", PackageParts.rootRelationships());
        part(zip, "xl/workbook.xml", PackageParts.workbook(sheets, active));
        part(zip, "xl/_rels/workbook.xml.rels", PackageParts.workbookRelationships(sheets));
        part(zip, "xl/styles.xml", StreamingStyles.xml());
        int number = 0;
        for (SheetData data : table.sheets()) {
            PackageParts.Sheet sheet = sheets.get(number++);
            zip.putNextEntry(sheet.path());
            tableSheet(data, sheet).write(new WorksheetXml(new XmlOut(zip.entry())));
            zip.closeEntry();
            if (sheet.comments()) {
                writeComments(zip, sheet, commented(sheet.name()));
            }
        }
        for (PlanSheet added : plan.added()) {
            PackageParts.Sheet sheet = sheets.get(number++);
            zip.putNextEntry(sheet.path());
            PlanSheetXml.write(added, added.name().equals(plan.activeSheet()), sheet.drawing() != null,
                    new WorksheetXml(new XmlOut(zip.entry())));
            zip.closeEntry();
            if (sheet.drawing() != null) {
                part(zip, sheet.relationshipsPath(), PackageParts.sheetRelationships(sheet));
            }
        }
        for (DrawingParts.Part drawn : drawings.parts()) {
            zip.putNextEntry(drawn.name());
            zip.entry().write(drawn.bytes(), 0, drawn.bytes().length);
            zip.closeEntry();
        }
    }

    private List<PackageParts.Sheet> sheets(DrawingParts drawings) {
        List<PackageParts.Sheet> sheets = new ArrayList<>();
        for (SheetData data : table.sheets()) {
            String name = plan.sheets().name(data.name());
            sheets.add(new PackageParts.Sheet(name, sheets.size() + 1, !commented(name).isEmpty(), null, null));
        }
        for (PlanSheet added : plan.added()) {
            boolean drawn = plan.spc() != null && added == plan.spc().sheet();
            sheets.add(new PackageParts.Sheet(added.name(), sheets.size() + 1, false, PlanSheetXml.filterRange(added),
                    drawn ? drawings.drawing() : null));
        }
        return sheets;
    }

    private TableSheetXml tableSheet(SheetData data, PackageParts.Sheet sheet) {
        Map<Integer, List<CellMark>> byRow = new HashMap<>();
        for (CellMark mark : marksBySheet.getOrDefault(sheet.name(), List.of())) {
            byRow.computeIfAbsent(mark.cell().row(), r -> new ArrayList<>(1)).add(mark);
        }
        byRow.values().forEach(marks -> marks.sort(Comparator.comparingInt(m -> m.cell().column())));
        boolean regionSheet = plan.region() != null && plan.region().sheet().equals(sheet.name());
        AppendedColumns appended = plan.appended() != null && plan.appended().sheet().equals(sheet.name())
                ? plan.appended() : null;
        return new TableSheetXml(data, byRow, appended, regionSheet ? plan.region().headerRow() : -1, sheet.comments());
    }

    private List<CellMark> commented(String sheet) {
        return marksBySheet.getOrDefault(sheet, List.of()).stream().filter(m -> m.comment() != null).toList();
    }

    private void writeComments(BackgroundZip zip, PackageParts.Sheet sheet, List<CellMark> marks) throws IOException {
        zip.putNextEntry(sheet.commentsPath());
        commentParts.comments(new XmlOut(zip.entry()), marks);
        zip.closeEntry();
        zip.putNextEntry(sheet.vmlPath());
        commentParts.vml(new XmlOut(zip.entry()), marks);
        zip.closeEntry();
        part(zip, sheet.relationshipsPath(), PackageParts.sheetRelationships(sheet));
    }

    private static void part(BackgroundZip zip, String name, String xml) throws IOException {
        zip.putNextEntry(name);
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        zip.entry().write(bytes, 0, bytes.length);
        zip.closeEntry();
    }
}
