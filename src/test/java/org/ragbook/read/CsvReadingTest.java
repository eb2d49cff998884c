package org.ragbook.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ragbook.read.CellValue.Number;
import org.ragbook.read.CellValue.Text;

class CsvReadingTest {

    private static final CellValue BLANK = CellValue.BLANK;

    @TempDir
    Path dir;

    @Test
    void plainNumbersBecomeNumbersAndFormattedOnesStayTextForValidationToExplain() throws IOException {
        SheetData sheet = read("return.csv", """
                Area Code,Value,Rate,Count,Large,Change,Note
                E06000001,12,"12,3%","1,560.7",1e3,-3.5, 7\s
                """);

        assertThat(sheet.rows().get(1).cells()).containsExactly(new Text("E06000001"), new Number(12),
                new Text("12,3%"), new Text("1,560.7"), new Number(1000), new Number(-3.5), new Number(7));
    }

    @Test
    void theSheetIsNamedAfterTheFileAndTheFormatIsCsv() throws IOException {
        Path file = write("PHOF return 2024.csv", "Area Code\nE06000001\n".getBytes(StandardCharsets.UTF_8));

        ReturnTable table = ReturnReader.read(file, "PHOF return 2024.csv");

        assertThat(table.format()).isEqualTo(SourceFormat.CSV);
        assertThat(table.sheets()).extracting(SheetData::name).containsExactly("PHOF return 2024");
        assertThat(table.sheets().get(0).ref(0, 1)).hasToString("PHOF return 2024!A2");
    }

    @Test
    void theByteOrderMarkExcelWritesIsNotPartOfTheFirstHeader() throws IOException {
        SheetData sheet = read("bom.csv", "\uFEFFArea Code,Value\nE06000001,4\n");

        assertThat(sheet.rows().get(0).cells()).containsExactly(new Text("Area Code"), new Text("Value"));
    }

    @Test
    void semicolonSeparatedFilesFromEuropeanExcelAreSplitOnSemicolons() throws IOException {
        SheetData sheet = read("european.csv", "Area Code;Value;Count\nE06000001;12,3;40\n");

        assertThat(sheet.rows().get(1).cells()).containsExactly(new Text("E06000001"), new Text("12,3"),
                new Number(40));
    }

    @Test
    void quotedCommasStayInsideTheirField() throws IOException {
        SheetData sheet = read("quoted.csv", "Area Name,Value\n\"Stockton, Hartlepool and \"\"Tees\"\"\",5\n");

        assertThat(sheet.rows().get(1).cells()).containsExactly(new Text("Stockton, Hartlepool and \"Tees\""),
                new Number(5));
    }

    @Test
    void textAfterAClosingQuotationMarkIsKeptAsExcelKeepsIt() throws IOException {
        SheetData sheet = read("stray.csv", "Area Name,Value\n\"Hartle\"pool,5\n");

        assertThat(sheet.rows().get(1).cells()).containsExactly(new Text("Hartlepool"), new Number(5));
    }

    @Test
    void windowsCodePageTextIsReadWhenTheBytesAreNotUtf8() throws IOException {
        Path file = write("legacy.csv", "Note,Cost\nEstimate – see £ note,5\n".getBytes(Charset.forName("windows-1252")));

        assertThat(ReturnReader.read(file, "legacy.csv").sheets().get(0).rows().get(1).cells())
                .containsExactly(new Text("Estimate – see £ note"), new Number(5));
    }

    @Test
    void emptyFieldsAreBlankAndEmptyLinesKeepLaterRowsWhereExcelShowsThem() throws IOException {
        SheetData sheet = read("gaps.csv", "Area Code,Value,Note\r\n\r\n,,\r\nE06000001,,\r\n,4,\r\n");

        assertThat(sheet.rows()).containsExactly(
                new SheetRow(0, List.of(new Text("Area Code"), new Text("Value"), new Text("Note"))),
                new SheetRow(3, List.of(new Text("E06000001"))),
                new SheetRow(4, List.of(BLANK, new Number(4))));
    }

    @Test
    void aQuotationMarkThatIsNeverClosedIsRefusedWithAClearMessage() throws IOException {
        Path file = write("unclosed.csv", "Area Name,Value\n\"Hartlepool,5\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> ReturnReader.read(file, "unclosed.csv"))
                .isInstanceOf(UnreadableReturnException.class)
                .hasMessage("The CSV file could not be read: a quotation mark opening a field in row 2 is never closed.");
    }

    private SheetData read(String name, String content) throws IOException {
        Path file = write(name, content.getBytes(StandardCharsets.UTF_8));
        return ReturnReader.read(file, name).sheets().get(0);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
