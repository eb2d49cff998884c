package org.ragbook.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The zip's entries are named for their organisation, safe for any folder, and never clash. */
class PackArchiveTest {

    @Test
    void each_workbook_is_named_for_its_organisation_with_what_a_folder_refuses_replaced() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PackArchive archive = new PackArchive(out)) {
            archive.add("Rutland County Council", "returns-annotated.xlsx", new byte[] {1});
            archive.add("Leicester/Leicestershire", "returns-annotated.xlsx", new byte[] {2});
            archive.add("Leicester_Leicestershire", "returns-annotated.xlsx", new byte[] {3});
        }

        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName() + " " + zip.readAllBytes()[0]);
            }
        }
        assertThat(names).containsExactly("Rutland County Council - returns-annotated.xlsx 1",
                "Leicester_Leicestershire - returns-annotated.xlsx 2",
                "Leicester_Leicestershire - returns-annotated (2).xlsx 3");
    }
}
