package org.ragbook.validate;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ragbook.read.ReturnTable;
import org.ragbook.read.SheetData;
import org.ragbook.schema.ReturnSchema;
import org.ragbook.schema.SchemaCatalog;

/**
 * Picks the schema for a return that did not name one: the schema whose indicators the return
 * names most often. A Fingertips export or a template download names its indicators, so this is
 * reliable in practice. A return naming none of any schema's indicators has no schema, unless it
 * is in the Fingertips upload layout, whose rows say by Fingertips ids what they are: it is read
 * with the schema that lists nothing ({@link ReturnSchema#unlisted()}), checked but not judged.
 */
public final class SchemaDetector {

    private SchemaDetector() {
    }

    private static final int ROWS_SAMPLED = 500;

    public static Optional<ReturnSchema> detect(ReturnTable table, SchemaCatalog catalog) {
        ReturnTable sample = sample(table);
        Map<ReturnSchema, Integer> scores = new HashMap<>();
        catalog.all().forEach(schema -> scores.put(schema, listed(Validator.validate(sample, schema))));
        return catalog.all().stream()
                .filter(schema -> scores.get(schema) > 0)
                .max(Comparator.comparingInt(scores::get))
                .or(() -> UploadHeader.find(table).map(header -> ReturnSchema.unlisted()));
    }

    /** Every schema reads every indicator (those it does not list as unlisted); only those it lists count. */
    private static int listed(Validation validation) {
        return (int) validation.observations().stream().filter(o -> o.indicator().isListed()).count();
    }

    /** The first rows of each sheet: enough to recognise a schema without binding a large return twice. */
    private static ReturnTable sample(ReturnTable table) {
        List<SheetData> sheets = table.sheets().stream()
                .map(s -> new SheetData(s.name(), s.rows().subList(0, Math.min(ROWS_SAMPLED, s.rows().size()))))
                .toList();
        return new ReturnTable(table.fileName(), table.format(), sheets);
    }
}
