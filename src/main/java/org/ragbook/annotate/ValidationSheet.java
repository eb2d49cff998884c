package org.ragbook.annotate;

import java.util.ArrayList;
import java.util.List;
import org.ragbook.validate.Finding;

/** The Validation sheet: one row per finding, its cell a link to the cell it is about. */
final class ValidationSheet {

    static final String NAME = "Validation";
    private static final List<String> HEADERS = List.of("Severity", "Rule", "Sheet", "Cell", "Message");
    private static final List<Integer> WIDTHS = List.of(10, 28, 20, 8, 100);

    private ValidationSheet() {
    }

    static PlanSheet of(String name, List<Finding> findings, OutputSheets sheets) {
        List<List<PlanCell>> rows = new ArrayList<>(findings.size() + 1);
        rows.add(HEADERS.stream().map(PlanCell::header).toList());
        for (Finding f : findings) {
            rows.add(List.of(
                    PlanCell.text(Wording.severity(f.severity())),
                    PlanCell.text(f.rule()),
                    PlanCell.text(f.sheet() == null ? "" : sheets.name(f.sheet())),
                    f.cell() == null ? PlanCell.text("") : PlanCell.link(sheets.ref(f.cell())),
                    PlanCell.text(f.message())));
        }
        if (findings.isEmpty()) {
            rows.add(List.of(PlanCell.text(""), PlanCell.text(""), PlanCell.text(""), PlanCell.text(""),
                    PlanCell.text("No problems found: every check passed.")));
        }
        return new PlanSheet(name, rows, WIDTHS, 0);
    }
}
