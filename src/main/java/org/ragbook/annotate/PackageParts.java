package org.ragbook.annotate;

import java.util.List;

/**
 * The package parts of a streamed xlsx that tie its sheets together: content types, relationships
 * and the workbook part. Excel offers to "repair" a file whose part, type or relationship id does
 * not match, so they are all written here, from one list of sheets.
 */
final class PackageParts {

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XML_HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String SPREADSHEETML = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    /** The relationship ids a sheet's XML uses for its comments. */
    static final String COMMENTS_ID = "rId1";
    static final String VML_ID = "rId2";
    /** The relationship id a sheet's XML uses for its drawing of charts and shapes. */
    static final String DRAWING_ID = "rId3";
    private static final String DRAWINGML = "application/vnd.openxmlformats-officedocument.drawing";

    /**
     * One sheet of the streamed workbook.
     *
     * @param number      its 1-based position, which names its parts ({@code sheet3.xml}, {@code comments3.xml})
     * @param comments    whether it has a comments part and VML drawing
     * @param filterRange its autofilter's range ({@code $A$1:$E$9}), or null
     * @param drawing     the package name of its drawing part (charts and shapes), or null
     */
    record Sheet(String name, int number, boolean comments, String filterRange, String drawing) {

        String path() {
            return "xl/worksheets/sheet" + number + ".xml";
        }

        String commentsPath() {
            return "xl/comments" + number + ".xml";
        }

        String vmlPath() {
            return "xl/drawings/vmlDrawing" + number + ".vml";
        }

        String relationshipsPath() {
            return "xl/worksheets/_rels/sheet" + number + ".xml.rels";
        }
    }

    private PackageParts() {
    }

    /** @param drawingParts the package names of the drawing and chart parts (their rels need no entry) */
    static String contentTypes(List<Sheet> sheets, List<String> drawingParts) {
        StringBuilder xml = new StringBuilder(XML_HEADER)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append("<Default Extension=\"vml\" ContentType=\"application/vnd.openxmlformats-officedocument.vmlDrawing\"/>")
                .append(override("xl/workbook.xml", SPREADSHEETML + "sheet.main+xml"))
                .append(override("xl/styles.xml", SPREADSHEETML + "styles+xml"));
        for (Sheet sheet : sheets) {
            xml.append(override(sheet.path(), SPREADSHEETML + "worksheet+xml"));
            if (sheet.comments()) {
                xml.append(override(sheet.commentsPath(), SPREADSHEETML + "comments+xml"));
            }
        }
        for (String part : drawingParts) {
            if (part.startsWith(DrawingParts.CHARTS) && part.endsWith(".xml")) {
                xml.append(override(part, DRAWINGML + "ml.chart+xml"));
            } else if (part.startsWith(DrawingParts.DRAWINGS) && part.endsWith(".xml")) {
                xml.append(override(part, DRAWINGML + "+xml"));
            }
        }
        return xml.append("</Types>").toString();
    }

    static String rootRelationships() {
        return XML_HEADER + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS_NS + "\">"
                + relationship("rId1", "officeDocument", "xl/workbook.xml") + "</Relationships>";
    }

    /** Sheets are rId1..rIdN in order, the styles part the id after them. */
    static String workbookRelationships(List<Sheet> sheets) {
        StringBuilder xml = new StringBuilder(XML_HEADER).append("<Relationships xmlns=\"").append(PACKAGE_RELATIONSHIPS_NS).append("\">");
        for (Sheet sheet : sheets) {
            xml.append(relationship("rId" + sheet.number(), "worksheet", "worksheets/sheet" + sheet.number() + ".xml"));
        }
        xml.append(relationship("rId" + (sheets.size() + 1), "styles", "styles.xml"));
        return xml.append("</Relationships>").toString();
    }

    static String workbook(List<Sheet> sheets, int activeIndex) {
        StringBuilder xml = new StringBuilder(XML_HEADER)
                .append("<workbook xmlns=\"").append(MAIN_NS).append("\" xmlns:r=\"").append(RELATIONSHIPS_NS).append("\">")
                .append("<bookViews><workbookView activeTab=\"").append(activeIndex).append("\"/></bookViews><sheets>");
        for (Sheet sheet : sheets) {
            xml.append("<sheet name=\"");
            xml.append(XmlText.escape(sheet.name()));
            xml.append("\" sheetId=\"").append(sheet.number()).append("\" r:id=\"rId").append(sheet.number()).append("\"/>");
        }
        xml.append("</sheets>");
        List<Sheet> filtered = sheets.stream().filter(s -> s.filterRange() != null).toList();
        if (!filtered.isEmpty()) {
            xml.append("<definedNames>");
            for (Sheet sheet : filtered) {
                xml.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(sheet.number() - 1)
                        .append("\" hidden=\"1\">");
                xml.append(XmlText.escape(SheetNames.reference(sheet.name(), sheet.filterRange())));
                xml.append("</definedName>");
            }
            xml.append("</definedNames>");
        }
        return xml.append("</workbook>").toString();
    }

    static String sheetRelationships(Sheet sheet) {
        StringBuilder xml = new StringBuilder(XML_HEADER).append("<Relationships xmlns=\"").append(PACKAGE_RELATIONSHIPS_NS)
                .append("\">");
        if (sheet.comments()) {
            xml.append(relationship(COMMENTS_ID, "comments", "../comments" + sheet.number() + ".xml"))
                    .append(relationship(VML_ID, "vmlDrawing", "../drawings/vmlDrawing" + sheet.number() + ".vml"));
        }
        if (sheet.drawing() != null) {
            xml.append(relationship(DRAWING_ID, "drawing", "../" + sheet.drawing().substring("xl/".length())));
        }
        return xml.append("</Relationships>").toString();
    }

    private static String override(String part, String contentType) {
        return "<Override PartName=\"/" + part + "\" ContentType=\"" + contentType + "\"/>";
    }

    private static String relationship(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + RELATIONSHIPS_NS + "/" + type + "\" Target=\"" + target + "\"/>";
    }
}
