package org.ragbook.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads an .xlsx file's cell values by streaming each worksheet's XML, without building POI's
 * workbook model: uploads can hold 100,000 rows, and only values and positions are needed here.
 * POI opens the package (with its zip-bomb limits) and finds the parts; the parsing is ours.
 */
final class XlsxReader {

    private static final Set<String> WORKBOOK_CONTENT_TYPES = Set.of(
            XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(),
            XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_ADDIN_WORKBOOK.getContentType());
    private static final String WORKSHEET_CONTENT_TYPE = XSSFRelation.WORKSHEET.getContentType();
    private static final String OPEN_DOCUMENT_SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet";

    private XlsxReader() {
    }

    static ReturnTable read(Path file, String fileName, RowTally tally) throws IOException, OpenXML4JException {
        try (OPCPackage pkg = open(file)) {
            PackagePart workbook = workbookPart(pkg, file);
            CellValue[] sharedStrings = parse("the shared strings", related(workbook, XSSFRelation.SHARED_STRINGS),
                    SharedStrings::read, new CellValue[0]);
            CellStyles styles = parse("the styles", related(workbook, XSSFRelation.STYLES),
                    CellStyles::read, CellStyles.NONE);
            WorkbookSettings settings = parse("the workbook", workbook.getInputStream(), WorkbookSettings::read,
                    WorkbookSettings.NONE);

            List<SheetData> sheets = new ArrayList<>();
            XSSFReader.SheetIterator sheetParts = new XSSFReader(pkg).getSheetIterator();
            while (sheetParts.hasNext()) {
                try (InputStream xml = sheetParts.next()) {
                    // chart sheets and Excel 4 macro sheets hold no cells
                    if (sheetParts.getSheetPart().getContentType().equals(WORKSHEET_CONTENT_TYPE)) {
                        String name = sheetParts.getSheetName();
                        sheets.add(parse("the sheet '" + name + "'", xml, in -> {
                            var handler = new SheetXmlHandler(name, sharedStrings, styles, settings.date1904(), tally);
                            SecureSax.parse(in, handler);
                            return handler.sheet();
                        }, null));
                    }
                }
            }
            return new ReturnTable(fileName, SourceFormat.XLSX, sheets, settings.template());
        }
    }

    private static OPCPackage open(Path file) {
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw notAWorkbook(file, e);
        }
    }

    /** The package's main part, if it is a workbook; a .docx or .pptx is the same kind of package. */
    private static PackagePart workbookPart(OPCPackage pkg, Path file) throws OpenXML4JException {
        PackageRelationship main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
        if (main == null && pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).size() > 0) {
            throw Unreadable.strictOpenXml();
        }
        PackagePart part = main == null ? null : pkg.getPart(main);
        String contentType = part == null ? "" : part.getContentType();
        if (contentType.equals(XSSFRelation.XLSB_BINARY_WORKBOOK.getContentType())) {
            throw Unreadable.binaryWorkbook();
        }
        if (!WORKBOOK_CONTENT_TYPES.contains(contentType)) {
            throw notAWorkbook(file, null);
        }
        return part;
    }

    /**
     * Says what a complete zip (its end record was checked) that does not open as a workbook is.
     * Excel keeps every part of a workbook under {@code xl/}, so one with such entries is a damaged
     * workbook; an OpenDocument file announces itself in its {@code mimetype} entry.
     */
    private static UnreadableReturnException notAWorkbook(Path file, Throwable cause) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (isOpenDocumentSpreadsheet(zip)) {
                return Unreadable.openDocument(cause);
            }
            return zip.stream().anyMatch(entry -> entry.getName().startsWith("xl/"))
                    ? Unreadable.damagedPart(cause)
                    : Unreadable.zipButNotWorkbook(cause);
        } catch (IOException e) {
            return Unreadable.damagedPart(cause);
        }
    }

    private static boolean isOpenDocumentSpreadsheet(ZipFile zip) throws IOException {
        ZipEntry mimetype = zip.getEntry("mimetype");
        if (mimetype == null) {
            return false;
        }
        try (InputStream in = zip.getInputStream(mimetype)) {
            return new String(in.readNBytes(OPEN_DOCUMENT_SPREADSHEET.length()), StandardCharsets.US_ASCII)
                    .equals(OPEN_DOCUMENT_SPREADSHEET);
        }
    }

    /** The workbook's part of the given kind, or null: a workbook may have no shared strings or styles. */
    private static InputStream related(PackagePart workbook, XSSFRelation kind)
            throws IOException, OpenXML4JException {
        PackageRelationship relationship = workbook.getRelationshipsByType(kind.getRelation()).getRelationship(0);
        PackagePart part = relationship == null ? null
                : workbook.getPackage().getPart(PackagingURIHelper.createPartName(relationship.getTargetURI()));
        return part == null ? null : part.getInputStream();
    }

    private interface PartParser<T> {
        T parse(InputStream xml) throws IOException, SAXException;
    }

    /** Parses one part, or gives {@code absent} when the workbook has no such part. */
    private static <T> T parse(String part, InputStream xml, PartParser<T> parser, T absent) throws IOException {
        if (xml == null) {
            return absent;
        }
        try (xml) {
            return parser.parse(xml);
        } catch (SAXParseException e) {
            throw Unreadable.damaged(part + " could not be read as XML (line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + ")", e);
        } catch (SAXException e) {
            throw Unreadable.damaged(e.getMessage(), e);
        }
    }
}
