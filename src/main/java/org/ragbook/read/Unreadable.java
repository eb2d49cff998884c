package org.ragbook.read;

/**
 * The sentences Ragbook says when it cannot read an upload, kept together so the wording stays
 * consistent and each one tells the analyst what to do next.
 */
final class Unreadable {

    private static final String SAVE_AS_XLSX =
            "Open it in Excel and save it as .xlsx (Excel Workbook), then upload it again.";

    private Unreadable() {
    }

    static UnreadableReturnException empty() {
        return new UnreadableReturnException("The file is empty (0 bytes).", null);
    }

    static UnreadableReturnException passwordProtected() {
        return new UnreadableReturnException("The workbook is password-protected. Remove the password "
                + "(File > Info > Protect Workbook) and upload it again.", null);
    }

    static UnreadableReturnException legacyXls() {
        return new UnreadableReturnException("This is an Excel 97-2003 .xls file. " + SAVE_AS_XLSX, null);
    }

    static UnreadableReturnException binaryWorkbook() {
        return new UnreadableReturnException("This is an Excel Binary Workbook (.xlsb). " + SAVE_AS_XLSX, null);
    }

    /** Excel offers "Strict Open XML Spreadsheet" in Save As; it names every part differently. */
    static UnreadableReturnException strictOpenXml() {
        return new UnreadableReturnException("This workbook was saved as Strict Open XML. " + SAVE_AS_XLSX, null);
    }

    static UnreadableReturnException openDocument(Throwable cause) {
        return new UnreadableReturnException("This is an OpenDocument spreadsheet (.ods). " + SAVE_AS_XLSX, cause);
    }

    /** {@code namedAs} is the extension the file was uploaded with, such as {@code .xlsx}. */
    static UnreadableReturnException renamedCsv(String namedAs) {
        return new UnreadableReturnException("The file is named " + namedAs + " but contains text (it looks like "
                + "a CSV file renamed). Save it as .xlsx from Excel, or upload it with a .csv name.", null);
    }

    /** Systems that "export to Excel" often write an HTML or XML table and give it a workbook name. */
    static UnreadableReturnException markupNamedAsWorkbook(String namedAs) {
        return new UnreadableReturnException("The file is named " + namedAs + " but contains a web page or XML, "
                + "not an Excel workbook. " + SAVE_AS_XLSX, null);
    }

    /** {@code reason} finishes the sentence in plain words, such as "the end of the zip archive is missing". */
    static UnreadableReturnException damaged(String reason, Throwable cause) {
        return new UnreadableReturnException("The file is damaged or incomplete (it may have been cut off during "
                + "upload): " + reason + ".", cause);
    }

    static UnreadableReturnException damagedPart(Throwable cause) {
        return damaged("part of the workbook could not be unpacked or is missing", cause);
    }

    /** {@code row} is the one-based row the field starts in, as Excel would number it. */
    static UnreadableReturnException unclosedCsvQuote(long row, Throwable cause) {
        return new UnreadableReturnException("The CSV file could not be read: a quotation mark opening a field "
                + "in row " + row + " is never closed.", cause);
    }

    static UnreadableReturnException zipButNotWorkbook(Throwable cause) {
        return new UnreadableReturnException("The file is a zip archive but not an Excel workbook.", cause);
    }

    static UnreadableReturnException zipBomb(Throwable cause) {
        return new UnreadableReturnException("The file unpacks to far more data than a workbook of its size "
                + "could hold, so it was not opened (this is how zip bombs look).", cause);
    }

    static UnreadableReturnException notAWorkbook() {
        return new UnreadableReturnException("The file is not an Excel workbook or a CSV file.", null);
    }
}
