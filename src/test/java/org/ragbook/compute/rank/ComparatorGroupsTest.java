package org.ragbook.compute.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ragbook.schema.ReturnSchema;
import org.ragbook.schema.SchemaCatalog;
import org.ragbook.schema.SchemaException;

class ComparatorGroupsTest {

    private static final String LEICESTERSHIRE = "E10000018";

    @TempDir
    Path dir;

    private void write(String fileName, String yaml) throws IOException {
        Files.writeString(dir.resolve(fileName), yaml);
    }

    private static String group(String id, String... codes) {
        StringBuilder yaml = new StringBuilder("id: " + id + "\nname: A group\nsource: a list\nareaCodes:\n");
        for (String code : codes) {
            yaml.append("  - ").append(code).append('\n');
        }
        return yaml.toString();
    }

    @Test
    void leicestershireIsShippedWithFifteenNeighboursSoItRanksOutOfSixteen() {
        ComparatorGroup group = ComparatorGroups.builtIn().find("cipfa-leicestershire").orElseThrow();

        assertThat(group.areaCodes()).hasSize(16).doesNotHaveDuplicates().startsWith(LEICESTERSHIRE);
        assertThat(group.name()).isEqualTo("Leicestershire and its CIPFA nearest neighbours");
        assertThat(group.source()).isEqualTo("illustrative; replace with the current CIPFA list");
        assertThat(ComparatorGroups.builtIn().containing(LEICESTERSHIRE)).contains(group);
    }

    @Test
    void theBuiltInComparatorGroupsAreNotTakenForSchemas() {
        assertThat(SchemaCatalog.builtIn().all()).extracting(ReturnSchema::id)
                .doesNotContain("cipfa-leicestershire")
                .isNotEmpty();
    }

    @Test
    void aFolderOfGroupsIsReadInFileNameOrder() throws IOException {
        write("b-group.yaml", group("b-group", "E10000018", "E10000031"));
        write("a-group.yaml", group("a-group", "E10000018"));
        write("README.md", "not a group");

        ComparatorGroups groups = ComparatorGroups.fromDirectory(dir);

        assertThat(groups.all()).extracting(ComparatorGroup::id).containsExactly("a-group", "b-group");
        assertThat(groups.containing("E10000031")).extracting(ComparatorGroup::id).containsExactly("b-group");
        assertThat(groups.find("B-GROUP")).isPresent();
        assertThat(groups.find("missing")).isEmpty();
    }

    @Test
    void aBadAreaCodeIsRefusedAtItsLine() throws IOException {
        write("g.yaml", group("g", "E10000018", "E1000031"));

        assertThatThrownBy(() -> ComparatorGroups.fromDirectory(dir))
                .isInstanceOf(SchemaException.class)
                .hasMessage("g.yaml, line 6: areaCodes[1]: 'E1000031' is not an area code (a letter and 8 digits, "
                        + "such as E10000018)");
    }

    @Test
    void aCodeListedTwiceIsRefused() throws IOException {
        write("g.yaml", group("g", "E10000018", "E10000018"));

        assertThatThrownBy(() -> ComparatorGroups.fromDirectory(dir))
                .hasMessage("g.yaml, line 6: areaCodes[1]: E10000018 is already areaCodes[0]");
    }

    @Test
    void anIdOtherThanTheFileNameIsRefused() throws IOException {
        write("g.yaml", group("other", "E10000018"));

        assertThatThrownBy(() -> ComparatorGroups.fromDirectory(dir))
                .hasMessage("g.yaml, line 1: id: 'other' differs from the file name; the group in g.yaml must have id g");
    }

    @Test
    void aMissingSourceIsRefused() throws IOException {
        write("g.yaml", group("g", "E10000018").replace("source: a list\n", ""));

        assertThatThrownBy(() -> ComparatorGroups.fromDirectory(dir))
                .hasMessage("g.yaml: source: missing (where the list comes from)");
    }

    @Test
    void aMisspeltFieldIsRefusedAsInASchema() throws IOException {
        write("g.yaml", group("g", "E10000018").replace("areaCodes:", "areacodes:"));

        assertThatThrownBy(() -> ComparatorGroups.fromDirectory(dir))
                .isInstanceOf(SchemaException.class)
                .hasMessageStartingWith("g.yaml, line ")
                .hasMessageEndingWith("areacodes: not a known field; the fields here are areaCodes, id, name, peers, source");
    }

    @Test
    void theReadmeExampleIsAValidGroup() throws IOException {
        String readme;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("schemas/comparators/README.md")) {
            readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int start = readme.indexOf("```yaml\n") + "```yaml\n".length();
        write("cipfa-leicestershire.yaml", readme.substring(start, readme.indexOf("```", start)));

        ComparatorGroup group = ComparatorGroups.fromDirectory(dir).find("cipfa-leicestershire").orElseThrow();

        assertThat(group.areaCodes()).containsExactly("E10000018", "E10000031");
        assertThat(group.source()).isEqualTo("CIPFA Nearest Neighbours Model (2019)");
    }
}
