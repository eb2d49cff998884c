package org.ragbook.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The schemas a Ragbook instance knows: built in (from the jar) or loaded from a folder. */
public final class SchemaCatalog {

    private static final String BUILT_IN_FOLDER = "schemas";

    private final List<ReturnSchema> schemas;

    /**
     * The schemas shipped with Ragbook (classpath {@code schemas/}), read from the folder of classes
     * or from inside the jar, whichever this class was loaded from.
     */
    public static SchemaCatalog builtIn() {
        return builtIn(codeLocation());
    }

    /** The schemas under {@code schemas/} in a folder of classes or in a jar. */
    static SchemaCatalog builtIn(Path classesOrJar) {
        if (Files.isDirectory(classesOrJar)) {
            return new SchemaCatalog(SchemaLoader.loadAll(classesOrJar.resolve(BUILT_IN_FOLDER)));
        }
        try (FileSystem jar = FileSystems.newFileSystem(classesOrJar)) {
            return new SchemaCatalog(SchemaLoader.loadAll(jar.getPath("/", BUILT_IN_FOLDER)));
        } catch (IOException e) {
            throw new UncheckedIOException("The built-in schemas cannot be read from " + classesOrJar, e);
        }
    }

    /** Every {@code *.yaml} schema in a folder, for {@code --schemas DIR} / {@code RAGBOOK_SCHEMAS}. */
    public static SchemaCatalog fromDirectory(Path dir) {
        return new SchemaCatalog(SchemaLoader.loadAll(dir));
    }

    public SchemaCatalog(List<ReturnSchema> schemas) {
        this.schemas = List.copyOf(schemas);
    }

    public List<ReturnSchema> all() {
        return schemas;
    }

    /** The schema ids, comma-separated, for messages that list the choices. */
    public String ids() {
        return String.join(", ", schemas.stream().map(ReturnSchema::id).toList());
    }

    public Optional<ReturnSchema> find(String id) {
        return schemas.stream().filter(s -> s.id().equalsIgnoreCase(id)).findFirst();
    }

    private static Path codeLocation() {
        try {
            return Path.of(SchemaCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Ragbook's own location is not a path", e);
        }
    }
}
