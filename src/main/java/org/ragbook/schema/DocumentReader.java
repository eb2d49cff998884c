package org.ragbook.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ragbook.schema.SchemaDocument.IndicatorEntry;

/**
 * Checks a whole schema file and turns it into a {@link ReturnSchema}: its own fields here, each
 * indicator by {@link IndicatorReader}, the wide table by {@link WideLayoutReader}.
 */
final class DocumentReader {

    private final String file;

    DocumentReader(String file) {
        this.file = file;
    }

    ReturnSchema read(SchemaDocument doc) {
        Field idField = Field.required(file, doc, "id", doc.id, "the schema's name: its file name without .yaml");
        String id = idField.slug();
        String expected = file.replaceFirst("\\.yaml$", "");
        if (!id.equals(expected)) {
            throw idField.problem("'" + id + "' differs from the file name; the schema in " + file + " must have id "
                    + expected);
        }
        int version = doc.version == null ? 1 : new Field(file, "version", doc.version).version();
        String title = Field.required(file, doc, "title", doc.title, "a heading for people").text();
        String description = doc.description == null ? "" : doc.description.text();
        String areaCode = null;
        String areaName = null;
        if (doc.area != null) {
            areaCode = Field.required(file, doc.area, "area.code", doc.area.code, "such as E10000018").text();
            areaName = Field.required(file, doc.area, "area.name", doc.area.name, "such as Leicestershire").text();
        }
        WideLayout wideLayout = doc.wideLayout == null ? null : new WideLayoutReader(file).read(doc.wideLayout);
        String ageBandSheet = doc.ageBands == null ? null : Field.required(file, doc.ageBands, "ageBands.sheet",
                doc.ageBands.sheet, "the name of the sheet holding the age bands, such as Age bands").text();
        List<Indicator> indicators = indicators(doc);
        if (ageBandSheet != null && indicators.stream().noneMatch(i -> i.ciMethod() == CiMethod.DOBSON)) {
            throw new Field(file, "ageBands.sheet", doc.ageBands.sheet).problem("names an age-band sheet, but no"
                    + " indicator of this schema has ciMethod dobson to compute from it");
        }
        return new ReturnSchema(id, title, description, file, wideLayout, areaCode, areaName, ageBandSheet,
                indicators, version);
    }

    private List<Indicator> indicators(SchemaDocument doc) {
        if (doc.indicators == null || doc.indicators.isEmpty()) {
            throw SchemaException.at(file, doc.line, "indicators", "missing (a list with at least one indicator)");
        }
        IndicatorReader reader = new IndicatorReader(file, doc.defaults);
        List<Indicator> indicators = new ArrayList<>();
        Map<String, Integer> byId = new HashMap<>();
        Map<String, Integer> byCodeAndAge = new HashMap<>();
        for (int i = 0; i < doc.indicators.size(); i++) {
            IndicatorEntry entry = doc.indicators.get(i);
            if (entry == null) {
                throw SchemaException.at(file, doc.line, "indicators[" + i + "]", "is empty");
            }
            String path = "indicators[" + i + "]";
            Indicator indicator = reader.read(entry, path);
            Integer sameId = byId.putIfAbsent(indicator.id(), i);
            if (sameId != null) {
                throw new Field(file, path + ".id", entry.id).problem("'" + indicator.id() + "' is already the id of "
                        + "indicators[" + sameId + "]");
            }
            String codeAndAge = (indicator.code() + "|" + indicator.age()).toLowerCase(Locale.ROOT);
            Integer sameCode = byCodeAndAge.putIfAbsent(codeAndAge, i);
            if (sameCode != null) {
                throw new Field(file, path + ".code", entry.code).problem("'" + indicator.code() + "' is already the"
                        + " code of indicators[" + sameCode + "]; a code may repeat only with a different age");
            }
            indicators.add(indicator);
        }
        for (int i = 0; i < indicators.size(); i++) {
            String partOf = indicators.get(i).partOf();
            if (partOf != null && (!byId.containsKey(partOf) || partOf.equals(indicators.get(i).id()))) {
                throw new Field(file, "indicators[" + i + "].partOf", doc.indicators.get(i).partOf).problem("'"
                        + partOf + "' is not the id of another indicator of this schema");
            }
        }
        return indicators;
    }
}
