package org.ragbook.annotate;

import java.util.ArrayList;
import java.util.List;
import org.ragbook.report.Paragraph;
import org.ragbook.schema.ReturnSchema;

/**
 * The Narrative sheet: the committee paper's numbered paragraphs, one a row, for an analyst to
 * paste into their paper or read beside the Summary. The words are the report's own
 * ({@link org.ragbook.report.Paragraphs}), so the sheet, the paper and the JSON never disagree.
 */
final class NarrativeSheet {

    static final String NAME = "Narrative";
    private static final List<Integer> WIDTHS = List.of(5, 120);

    private NarrativeSheet() {
    }

    static PlanSheet of(String name, String fileName, ReturnSchema schema, List<Paragraph> paragraphs) {
        List<List<PlanCell>> rows = new ArrayList<>();
        rows.add(List.of(PlanCell.title("Committee narrative: " + (schema.title() == null ? schema.id() : schema.title()))));
        rows.add(List.of(PlanCell.text("Return: " + fileName)));
        rows.add(List.of());
        for (int i = 0; i < paragraphs.size(); i++) {
            rows.add(List.of(PlanCell.number((double) (i + 1)), PlanCell.paragraph(paragraphs.get(i).text())));
        }
        return new PlanSheet(name, rows, WIDTHS, -1);
    }
}
