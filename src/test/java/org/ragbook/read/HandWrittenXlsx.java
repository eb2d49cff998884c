package org.ragbook.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an .xlsx package part by part, for the shapes of sheet XML that POI never writes but other
 * programs do: cells and rows without positions, prefixed element names, rich-text shared strings
 * with phonetic guides, the 1904 date system, broken XML.
 */
final class HandWrittenXlsx {

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final Map<String, String> sheets = new LinkedHashMap<>();
    private String sharedStrings;
    private String styles;
    private boolean date1904;
    private String workbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private String officeDocumentRelationship = REL_NS + "/officeDocument";

    /** Adds a sheet whose {@code sheetData} element holds the given rows XML. */
    HandWrittenXlsx sheet(String name, String rowsXml) {
        return rawSheet(name, "<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>" + rowsXml + "</sheetData></worksheet>");
    }

    /** Adds a sheet whose whole part is the given XML. */
    HandWrittenXlsx rawSheet(String name, String worksheetXml) {
        sheets.put(name, worksheetXml);
        return this;
    }

    HandWrittenXlsx sharedStrings(String itemsXml) {
        sharedStrings = "<sst xmlns=\"" + MAIN_NS + "\">" + itemsXml + "</sst>";
        return this;
    }

    /** Cell styles (cellXfs) whose number formats are the given ids, with custom formats defined first. */
    HandWrittenXlsx styles(String numFmtsXml, String cellXfsXml) {
        styles = "<styleSheet xmlns=\"" + MAIN_NS + "\"><numFmts>" + numFmtsXml + "</numFmts><cellXfs>"
                + cellXfsXml + "</cellXfs></styleSheet>";
        return this;
    }

    HandWrittenXlsx date1904() {
        date1904 = true;
        return this;
    }

    /** Names the main part with another content type, as an .xlsb file does. */
    HandWrittenXlsx workbookContentType(String contentType) {
        workbookContentType = contentType;
        return this;
    }

    /** Points at the workbook the way Excel's "Strict Open XML Spreadsheet" format does. */
    HandWrittenXlsx strict() {
        officeDocumentRelationship = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";
        return this;
    }

    Path writeTo(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", contentTypes());
            put(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + officeDocumentRelationship + "\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", workbook());
            put(zip, "xl/_rels/workbook.xml.rels", workbookRelationships());
            int n = 1;
            for (String xml : sheets.values()) {
                put(zip, "xl/worksheets/sheet" + n++ + ".xml", xml);
            }
            if (sharedStrings != null) {
                put(zip, "xl/sharedStrings.xml", sharedStrings);
            }
            if (styles != null) {
                put(zip, "xl/styles.xml", styles);
            }
        }
        return file;
    }

    private String contentTypes() {
        var xml = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + workbookContentType + "\"/>");
        for (int n = 1; n <= sheets.size(); n++) {
            xml.append("<Override PartName=\"/xl/worksheets/sheet").append(n).append(".xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        if (sharedStrings != null) {
            xml.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
        }
        if (styles != null) {
            xml.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        }
        return xml.append("</Types>").toString();
    }

    private String workbook() {
        var xml = new StringBuilder("<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">");
        xml.append("<workbookPr date1904=\"").append(date1904 ? 1 : 0).append("\"/><sheets>");
        int n = 1;
        for (String name : sheets.keySet()) {
            xml.append("<sheet name=\"").append(name).append("\" sheetId=\"").append(n)
                    .append("\" r:id=\"rId").append(n++).append("\"/>");
        }
        return xml.append("</sheets></workbook>").toString();
    }

    private String workbookRelationships() {
        var xml = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int n = 1; n <= sheets.size(); n++) {
            xml.append("<Relationship Id=\"rId").append(n).append("\" Type=\"" + REL_NS
                    + "/worksheet\" Target=\"worksheets/sheet").append(n).append(".xml\"/>");
        }
        if (sharedStrings != null) {
            xml.append("<Relationship Id=\"rIdStrings\" Type=\"" + REL_NS
                    + "/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        }
        if (styles != null) {
            xml.append("<Relationship Id=\"rIdStyles\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>");
        }
        return xml.append("</Relationships>").toString();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
