package org.ragbook.schema;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads indicator schemas from YAML (the format is described in workbook-templates/schemas/README.md).
 * A schema that is malformed in any way is refused whole with a {@link SchemaException} naming the
 * file, the line and the field: a schema decides how every return is judged, so a typo in one must
 * not pass silently.
 */
public final class SchemaLoader {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .visibility(PropertyAccessor.ALL, Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, Visibility.ANY)
            .addModule(new SimpleModule().setDeserializerModifier(new LineRecorder()))
            .build();

    private SchemaLoader() {
    }

    /** The schema in {@code file}, which is named {@code <id>.yaml}. */
    public static ReturnSchema load(Path file) {
        String name = file.getFileName().toString();
        try {
            return parse(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SchemaException(name + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Every {@code *.yaml} schema in {@code dir} (not its subfolders), in file-name order. */
    public static List<ReturnSchema> loadAll(Path dir) {
        List<Path> files = yamlFiles(dir, "schema");
        if (files.isEmpty()) {
            throw new SchemaException("The schema folder " + dir + " has no *.yaml schema.");
        }
        return files.stream().map(SchemaLoader::load).toList();
    }

    /**
     * The {@code *.yaml} files directly in {@code dir}, in file-name order; subfolders (such as the
     * comparator groups' {@code comparators/}) are left to their own loaders. {@code kind} names the
     * folder in messages: "The schema folder ... does not exist."
     */
    public static List<Path> yamlFiles(Path dir, String kind) {
        if (!Files.isDirectory(dir)) {
            throw new SchemaException("The " + kind + " folder " + dir + " does not exist.");
        }
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new SchemaException("The " + kind + " folder " + dir + " cannot be listed (" + e.getMessage() + ").");
        }
    }

    /** The schema written in {@code yaml}; {@code fileName} is where it came from, for messages. */
    public static ReturnSchema parse(String fileName, String yaml) {
        SchemaDocument document = readYaml(fileName, yaml, SchemaDocument.class);
        if (document == null) {
            throw new SchemaException(fileName + ": the file holds no schema");
        }
        return new DocumentReader(fileName).read(document);
    }

    /**
     * The YAML document in {@code yaml} as {@code type}, read as strictly as a schema: YAML that does
     * not parse, a duplicate key or a key {@code type} has no field for is a {@link SchemaException} at
     * its line and field. Null when the document is empty. Also reads the other data files kept with
     * the schemas, such as comparator groups, whose fields are {@link Scalar}s to keep their lines.
     */
    public static <T> T readYaml(String fileName, String yaml, Class<T> type) {
        try (JsonParser parser = YAML.createParser(yaml)) {
            return parser.nextToken() == null ? null : YAML.readValue(parser, type);
        } catch (JacksonException e) {
            throw YamlProblems.explain(fileName, yaml, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
