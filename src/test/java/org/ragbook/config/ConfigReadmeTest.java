package org.ragbook.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Configuration section is what operators read, so it must list what the loader reads. */
class ConfigReadmeTest {

    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\| `(\\w+)` \\|", Pattern.MULTILINE);
    private static final Pattern SAMPLE = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theTableNamesEveryKeyWithItsEnvironmentVariable() throws IOException {
        Matcher row = ROW.matcher(section());
        List<String> documented = row.results().map(r -> r.group(1) + " " + r.group(2)).toList();

        List<String> read = Arrays.stream(ConfigDocument.class.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()))
                .map(f -> f.getName() + " " + ConfigLoader.envName(f.getName())).toList();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(read);
    }

    @Test
    void theSampleFileLoads(@TempDir Path dir) throws IOException {
        Matcher sample = SAMPLE.matcher(section());
        assertThat(sample.find()).as("a ```yaml sample in the Configuration section").isTrue();
        Files.writeString(dir.resolve("ragbook.yaml"), sample.group(1));
        Files.createDirectory(dir.resolve("schemas"));

        RagbookConfig config = ConfigLoader.load(null, dir, Map.of());

        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.dbUrl()).isEqualTo("jdbc:postgresql://db:5432/ragbook");
    }

    private static String section() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("\n## Configuration\n");
        assertThat(start).as("a Configuration section in README.md").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }
}
