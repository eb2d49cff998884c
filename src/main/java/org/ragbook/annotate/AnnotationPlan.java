package org.ragbook.annotate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ragbook.compute.Assessment;
import org.ragbook.compute.SeriesChart;
import org.ragbook.read.CellRef;
import org.ragbook.read.ReturnTable;
import org.ragbook.read.SheetData;
import org.ragbook.report.Paragraph;
import org.ragbook.validate.DataRegion;
import org.ragbook.validate.Validation;

/**
 * Everything the annotated workbook says, decided once without POI: which of the analyst's cells
 * get a fill or a comment, the columns added to a long table, and the sheets Ragbook adds. The
 * in-place, streaming and CSV writers only render it.
 *
 * @param sheets     the output name of every sheet the reader saw
 * @param region     the table's region, its sheet named as in the output; null when no table was found
 * @param appended   the columns added right of a long table, or null
 * @param summary    the Summary sheet, which the workbook opens on
 * @param narrative  the Narrative sheet: the committee paper's paragraphs
 * @param statistics the long-form Statistics sheet of a wide table, or null
 * @param spc        the SPC sheet with its charts, or null when no series was charted
 */
record AnnotationPlan(
        OutputSheets sheets,
        DataRegion region,
        List<CellMark> marks,
        AppendedColumns appended,
        PlanSheet summary,
        PlanSheet narrative,
        PlanSheet validation,
        PlanSheet statistics,
        SpcSheet spc) {

    AnnotationPlan {
        marks = List.copyOf(marks);
    }

    /** Ragbook's own sheets in the order they follow the analyst's. */
    List<PlanSheet> added() {
        List<PlanSheet> added = new ArrayList<>(List.of(summary, narrative, validation));
        if (statistics != null) {
            added.add(statistics);
        }
        if (spc != null) {
            added.add(spc.sheet());
        }
        return added;
    }

    String activeSheet() {
        return summary.name();
    }

    /**
     * @param charts      the SPC series to chart, in order
     * @param paragraphs  the committee paper's paragraphs, for the Narrative sheet
     * @param otherSheets sheets the output has that the reader did not return (a workbook's chart
     *                    sheets, say), so that added sheets do not take their names
     */
    static AnnotationPlan of(ReturnTable table, Validation validation, List<Assessment> assessments,
            List<SeriesChart> charts, List<Paragraph> paragraphs, Collection<String> otherSheets) {
        SheetNames names = new SheetNames();
        Map<String, String> outputNames = new LinkedHashMap<>();
        for (SheetData sheet : table.sheets()) {
            outputNames.put(sheet.name(), names.claim(sheet.name()));
        }
        names.reserve(otherSheets);
        OutputSheets sheets = new OutputSheets(outputNames);

        DataRegion region = validation.region();
        PlanSheet summary = SummarySheet.of(names.claim(SummarySheet.NAME), table.fileName(), validation.schema(), assessments,
                charts);
        PlanSheet narrative = NarrativeSheet.of(names.claim(NarrativeSheet.NAME), table.fileName(), validation.schema(),
                paragraphs);
        PlanSheet findings = ValidationSheet.of(names.claim(ValidationSheet.NAME), validation.findings(), sheets);
        PlanSheet statistics = region != null && region.wide()
                ? StatisticsSheet.of(names.claim(StatisticsSheet.NAME), validation.observations(), byValueCell(assessments), sheets)
                : null;
        SpcSheet spc = charts.isEmpty() ? null : SpcSheet.of(names.claim(SpcSheet.NAME), charts);
        return new AnnotationPlan(
                sheets,
                region == null ? null : new DataRegion(sheets.name(region.sheet()), region.headerRow(), region.lastColumn(), region.wide()),
                CellMarks.of(validation, assessments, sheets),
                AppendedColumns.of(table, region, assessments, sheets),
                summary,
                narrative,
                findings,
                statistics,
                spc);
    }

    private static Map<CellRef, Assessment> byValueCell(List<Assessment> assessments) {
        Map<CellRef, Assessment> byCell = new HashMap<>();
        assessments.forEach(a -> byCell.put(a.observation().valueCell(), a));
        return byCell;
    }
}
