package org.ragbook.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCatalogTest {

    @TempDir
    Path dir;

    private void write(String fileName, String yaml) throws IOException {
        Files.writeString(dir.resolve(fileName), yaml);
    }

    private static String schema(String id, String code) {
        return """
                id: %s
                title: %s
                indicators:
                  - id: indicator
                    code: %s
                    name: An indicator
                    valueType: count
                    polarity: none
                """.formatted(id, id, code);
    }

    @Test
    void aFolderOfSchemasBecomesACatalogInFileNameOrder() throws IOException {
        write("smoking.yaml", schema("smoking", "C18"));
        write("alcohol.yaml", schema("alcohol", "C21"));
        write("notes.txt", "not a schema");

        SchemaCatalog catalog = SchemaCatalog.fromDirectory(dir);

        assertThat(catalog.all()).extracting(ReturnSchema::id).containsExactly("alcohol", "smoking");
        assertThat(catalog.find("SMOKING")).map(s -> s.indicators().get(0).code()).contains("C18");
    }

    @Test
    void oneMalformedSchemaRefusesTheFolderNamingTheFile() throws IOException {
        write("alcohol.yaml", schema("alcohol", "C21"));
        write("smoking.yaml", schema("smoking", "C18").replace("polarity: none", "polarity: nne"));

        assertThatThrownBy(() -> SchemaCatalog.fromDirectory(dir))
                .isInstanceOf(SchemaException.class)
                .hasMessage("smoking.yaml, line 8: indicators[0].polarity: 'nne' is not one of high, low, none");
    }

    @Test
    void builtInSchemasAreReadFromInsideAJar() throws IOException {
        Path jar = dir.resolve("ragbook.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("org/ragbook/Main.class"));
            zip.putNextEntry(new ZipEntry("schemas/alcohol.yaml"));
            zip.write(schema("alcohol", "C21").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("schemas/README.md"));
        }

        assertThat(SchemaCatalog.builtIn(jar).all()).extracting(ReturnSchema::id).containsExactly("alcohol");
    }

    @Test
    void aFolderWithoutSchemasIsRefused() {
        assertThatThrownBy(() -> SchemaCatalog.fromDirectory(dir))
                .isInstanceOf(SchemaException.class)
                .hasMessage("The schema folder " + dir + " has no *.yaml schema.");
    }

    @Test
    void aMissingFolderIsRefused() {
        Path missing = dir.resolve("missing");

        assertThatThrownBy(() -> SchemaCatalog.fromDirectory(missing))
                .isInstanceOf(SchemaException.class)
                .hasMessage("The schema folder " + missing + " does not exist.");
    }
}
