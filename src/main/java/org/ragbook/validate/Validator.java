package org.ragbook.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ragbook.read.ReturnTable;
import org.ragbook.schema.ReturnSchema;

/**
 * Validation's entry point: finds the return's table (the Fingertips upload layout, the long
 * Fingertips export layout on any sheet, or the schema's wide table), binds every observation and
 * applies every rule.
 */
public final class Validator {

    private Validator() {
    }

    public static Validation validate(ReturnTable table, ReturnSchema schema) {
        List<Finding> findings = new ArrayList<>();
        OldTemplate.check(table, schema).ifPresent(findings::add);
        List<Finding> bandFindings = new ArrayList<>();
        AgeBands ageBands = AgeBandSheet.read(table, schema, bandFindings);
        ObservationBinder binder = new ObservationBinder(schema, ageBands);
        Optional<Bound> bound = UploadHeader.find(table).map(header -> UploadLayout.bind(header, binder))
                .or(() -> HeaderRow.find(table, AgeBandSheet.find(table, schema.ageBandSheet()))
                        .map(header -> LongLayout.bind(header, binder)));
        if (bound.isEmpty() && schema.wideLayout() != null) {
            bound = WideTable.find(table, schema.wideLayout()).map(wide -> wide.bind(binder));
        }
        if (bound.isEmpty()) {
            String firstSheet = table.sheets().isEmpty() ? null : table.sheets().get(0).name();
            findings.add(Rule.MISSING_SHEET.sheetError(firstSheet, "No sheet in " + table.fileName() + " holds a"
                    + " table the " + schema.id() + " schema can read: expected a header row with 'Indicator ID',"
                    + " 'Area Code', 'Time period' and 'Value'" + wideHint(schema) + "."));
            return new Validation(schema, null, List.of(), findings);
        }
        findings.addAll(bound.get().findings());
        List<Observation> observations = DuplicateObservations.remove(bound.get().observations(), findings);
        findings.addAll(bandFindings);
        findings.addAll(ageBands.unmatched(binder.bandsAsked()));
        return new Validation(schema, bound.get().region(), observations, findings);
    }

    private static String wideHint(ReturnSchema schema) {
        if (schema.wideLayout() == null) {
            return "";
        }
        return ", or a table with a '" + schema.wideLayout().indicatorColumn() + "' column and columns such as '"
                + schema.wideLayout().columns().get(0).header() + "'";
    }
}
