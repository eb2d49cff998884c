package org.ragbook.compute.rank;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ragbook.schema.Scalar;
import org.ragbook.schema.SchemaException;
import org.ragbook.schema.SchemaLoader;

/**
 * One comparator group as written in {@code <id>.yaml}, read as strictly as a schema (same parser,
 * same messages naming the file, line and field):
 * <pre>
 * id: cipfa-leicestershire
 * name: Leicestershire and its CIPFA nearest neighbours
 * source: CIPFA Nearest Neighbours Model (2019)
 * peers: CIPFA neighbours          # optional: how a paper names the group's other members
 * areaCodes:
 *   - E10000018  # Leicestershire
 * </pre>
 */
final class ComparatorGroupFile {

    private static final Pattern AREA_CODE = Pattern.compile("[EWSN]\\d{8}");

    /** The file as written; Jackson refuses any other key. */
    static final class Document {
        Scalar id;
        Scalar name;
        Scalar source;
        Scalar peers;
        List<Scalar> areaCodes;
    }

    private ComparatorGroupFile() {
    }

    static ComparatorGroup load(Path file) {
        String name = file.getFileName().toString();
        try {
            return parse(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw SchemaException.at(name, 0, "", "cannot be read (" + e.getMessage() + ")");
        }
    }

    static ComparatorGroup parse(String fileName, String yaml) {
        Document doc = SchemaLoader.readYaml(fileName, yaml, Document.class);
        if (doc == null) {
            throw SchemaException.at(fileName, 0, "", "the file holds no comparator group");
        }
        String id = required(fileName, "id", doc.id, "the group's name: its file name without .yaml");
        String expected = fileName.replaceFirst("\\.yaml$", "");
        if (!id.equals(expected)) {
            throw SchemaException.at(fileName, doc.id.line(), "id", "'" + id + "' differs from the file name; the "
                    + "group in " + fileName + " must have id " + expected);
        }
        return new ComparatorGroup(id,
                required(fileName, "name", doc.name, "a heading for people"),
                required(fileName, "source", doc.source, "where the list comes from"),
                doc.peers == null || doc.peers.text().isEmpty() ? null : doc.peers.text(),
                areaCodes(fileName, doc.areaCodes));
    }

    private static List<String> areaCodes(String fileName, List<Scalar> entries) {
        if (entries == null || entries.isEmpty()) {
            throw SchemaException.at(fileName, 0, "areaCodes", "missing (a list of area codes such as E10000018)");
        }
        List<String> codes = new ArrayList<>();
        Map<String, Integer> firstAt = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Scalar entry = entries.get(i);
            String field = "areaCodes[" + i + "]";
            if (entry == null || !AREA_CODE.matcher(entry.text()).matches()) {
                throw SchemaException.at(fileName, entry == null ? 0 : entry.line(), field, (entry == null ? "empty"
                        : "'" + entry.text() + "'") + " is not an area code (a letter and 8 digits, such as E10000018)");
            }
            Integer earlier = firstAt.putIfAbsent(entry.text(), i);
            if (earlier != null) {
                throw SchemaException.at(fileName, entry.line(), field, entry.text() + " is already areaCodes["
                        + earlier + "]");
            }
            codes.add(entry.text());
        }
        return codes;
    }

    private static String required(String fileName, String field, Scalar value, String what) {
        if (value == null || value.text().isEmpty()) {
            throw SchemaException.at(fileName, value == null ? 0 : value.line(), field, "missing (" + what + ")");
        }
        return value.text();
    }
}
