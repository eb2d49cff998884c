package org.ragbook.annotate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ragbook.compute.Assessment;
import org.ragbook.compute.Rag;
import org.ragbook.read.CellRef;
import org.ragbook.validate.Finding;
import org.ragbook.validate.Validation;

/**
 * Gathers everything said about each of the analyst's cells into one mark per cell, since a cell
 * holds one comment: its findings in order, then the reason for an amber or red.
 */
final class CellMarks {

    private CellMarks() {
    }

    static List<CellMark> of(Validation validation, List<Assessment> assessments, OutputSheets sheets) {
        Map<CellRef, Draft> drafts = new LinkedHashMap<>();
        for (Finding f : validation.findings()) {
            if (f.cell() != null) {
                draft(drafts, sheets.ref(f.cell())).lines.add(Wording.severity(f.severity()) + ": " + f.message());
            }
        }
        for (Assessment a : assessments) {
            RagColour colour = RagColour.of(a);
            if (colour == RagColour.NOT_COMPARED) {
                continue;
            }
            Draft draft = draft(drafts, sheets.ref(a.observation().valueCell()));
            draft.fill = colour;
            if (a.rag() == Rag.RED || a.rag() == Rag.AMBER) {
                draft.lines.add(colour.label() + ": " + a.reason());
            }
        }
        List<CellMark> marks = new ArrayList<>(drafts.size());
        drafts.forEach((cell, d) -> marks.add(new CellMark(cell, d.fill, d.comment())));
        return marks;
    }

    private static Draft draft(Map<CellRef, Draft> drafts, CellRef cell) {
        return drafts.computeIfAbsent(cell, c -> new Draft());
    }

    private static final class Draft {
        private RagColour fill = RagColour.NOT_COMPARED;
        private final List<String> lines = new ArrayList<>();

        private String comment() {
            return lines.isEmpty() ? null : CellText.fit(String.join("\n", lines));
        }
    }
}
