package org.ragbook.read;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnreadableFilesTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsRefusedSayingItIsEmpty() throws IOException {
        refusing(write("return.xlsx", new byte[0]), "return.xlsx")
                .hasMessage("The file is empty (0 bytes).");
    }

    @Test
    void passwordProtectedWorkbookIsRefusedWithAClearMessage() throws Exception {
        Path file = dir.resolve("protected.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream encrypted = encryptor.getDataStream(fs)) {
                encrypted.write(workbookBytes());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        refusing(file, "protected.xlsx").hasMessage("The workbook is password-protected. Remove the password "
                + "(File > Info > Protect Workbook) and upload it again.");
    }

    @Test
    void anExcel97WorkbookIsRefusedWithAdviceToSaveItAsXlsx() throws IOException {
        Path file = dir.resolve("old.xls");
        try (var workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Indicators").createRow(0).createCell(0).setCellValue("Area Code");
            workbook.write(out);
        }

        refusing(file, "old.xls").hasMessage("This is an Excel 97-2003 .xls file. Open it in Excel and save it as "
                + ".xlsx (Excel Workbook), then upload it again.");
    }

    @Test
    void aCsvFileRenamedToXlsxIsRefusedSayingItIsText() throws IOException {
        Path file = write("return.xlsx", "Area Code,Value\nE06000001,4\n".getBytes(StandardCharsets.UTF_8));

        refusing(file, "return.xlsx").hasMessage("The file is named .xlsx but contains text (it looks like a CSV "
                + "file renamed). Save it as .xlsx from Excel, or upload it with a .csv name.");
    }

    @Test
    void aWebPageExportedUnderAnExcelNameIsRefusedSayingWhatItIs() throws IOException {
        Path file = write("export.xls", "\uFEFF<html><body><table><tr><td>1</td></tr></table></body></html>"
                .getBytes(StandardCharsets.UTF_8));

        refusing(file, "export.xls").hasMessage("The file is named .xls but contains a web page or XML, not an "
                + "Excel workbook. Open it in Excel and save it as .xlsx (Excel Workbook), then upload it again.");
    }

    @Test
    void aWorkbookCutOffHalfwayIsRefusedAsIncomplete() throws IOException {
        byte[] whole = workbookBytes();
        Path file = write("cut.xlsx", Arrays.copyOf(whole, whole.length / 2));

        refusing(file, "cut.xlsx").hasMessage("The file is damaged or incomplete (it may have been cut off during "
                + "upload): the end of the zip archive is missing.");
    }

    @Test
    void aWorkbookWithItsContentOverwrittenIsRefusedAsDamaged() throws IOException {
        byte[] bytes = workbookBytes();
        Arrays.fill(bytes, bytes.length / 4, bytes.length / 2, (byte) 0);
        Path file = write("corrupt.xlsx", bytes);

        refusing(file, "corrupt.xlsx").hasMessageStartingWith("The file is damaged or incomplete");
    }

    @Test
    void aWordDocumentIsRefusedAsAZipThatIsNotAWorkbook() throws IOException {
        Path file = dir.resolve("letter.xlsx");
        try (var document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText("Dear colleague");
            document.write(out);
        }

        refusing(file, "letter.xlsx").hasMessage("The file is a zip archive but not an Excel workbook.");
    }

    @Test
    void aZipOfOtherFilesIsRefusedAsAZipThatIsNotAWorkbook() throws IOException {
        Path file = dir.resolve("bundle.xlsx");
        try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        refusing(file, "bundle.xlsx").hasMessage("The file is a zip archive but not an Excel workbook.");
    }

    @Test
    void aStrictOpenXmlWorkbookIsRefusedWithAdviceToSaveItAsXlsx() throws IOException {
        Path file = new HandWrittenXlsx().strict().sheet("Data", "").writeTo(dir.resolve("strict.xlsx"));

        refusing(file, "strict.xlsx").hasMessage("This workbook was saved as Strict Open XML. Open it in Excel and "
                + "save it as .xlsx (Excel Workbook), then upload it again.");
    }

    @Test
    void anExcelBinaryWorkbookIsRefusedWithAdviceToSaveItAsXlsx() throws IOException {
        Path file = new HandWrittenXlsx().workbookContentType("application/vnd.ms-excel.sheet.binary.macroEnabled.main")
                .sheet("Data", "").writeTo(dir.resolve("binary.xlsb"));

        refusing(file, "binary.xlsb").hasMessage("This is an Excel Binary Workbook (.xlsb). Open it in Excel and "
                + "save it as .xlsx (Excel Workbook), then upload it again.");
    }

    @Test
    void anOpenDocumentSpreadsheetIsRefusedWithAdviceToSaveItAsXlsx() throws IOException {
        Path file = dir.resolve("libre.ods");
        try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        refusing(file, "libre.ods").hasMessage("This is an OpenDocument spreadsheet (.ods). Open it in Excel and "
                + "save it as .xlsx (Excel Workbook), then upload it again.");
    }

    @Test
    void randomBytesAreRefusedAsNeitherWorkbookNorCsv() throws IOException {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);

        refusing(write("noise.csv", noise), "noise.csv")
                .hasMessage("The file is not an Excel workbook or a CSV file.");
    }

    private AbstractThrowableAssert<?, ? extends Throwable> refusing(Path file, String name) {
        return assertThatThrownBy(() -> ReturnReader.read(file, name)).isInstanceOf(UnreadableReturnException.class);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] workbookBytes() throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Indicators");
            for (int r = 0; r < 200; r++) {
                sheet.createRow(r).createCell(0).setCellValue("Area " + r);
                sheet.getRow(r).createCell(1).setCellValue(r * 1.5);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
