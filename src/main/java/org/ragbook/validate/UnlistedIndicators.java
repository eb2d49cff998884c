package org.ragbook.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ragbook.read.CellRef;
import org.ragbook.schema.Indicator;
import org.ragbook.schema.ReturnSchema;

/**
 * Indicators a return names that its schema does not list. Their rows are still read, checked and
 * stored (a return mixing them with known ones is not refused), and the analyst is told once per
 * indicator, at its first row, how to have it judged.
 */
final class UnlistedIndicators {

    private final ReturnSchema schema;
    private final Map<String, Indicator> seen = new HashMap<>();

    UnlistedIndicators(ReturnSchema schema) {
        this.schema = schema;
    }

    Indicator indicator(String cellText, CellRef where, List<Finding> findings) {
        return seen.computeIfAbsent(cellText, text -> {
            findings.add(Rule.UNKNOWN_INDICATOR.warning(where, advice(text)));
            return Indicator.unlisted(text);
        });
    }

    private String advice(String text) {
        String numeric = text.matches("\\d+") ? "fingertipsId: " + text : "code: " + text;
        String where = schema.indicators().isEmpty() ? "no schema lists it"
                : "the " + schema.id() + " schema does not list it (its codes are such as "
                        + schema.indicators().get(0).code() + ")";
        return "Indicator '" + text + "' is read, checked and stored but not compared: " + where + ". To have it"
                + " judged, add it to a schema's indicators with '" + numeric + "', its polarity and how its"
                + " intervals are found (workbook-templates/schemas/README.md), or correct the id if it is a slip.";
    }
}
