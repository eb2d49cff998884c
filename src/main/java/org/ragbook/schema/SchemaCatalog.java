package org.ragbook.schema;

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
        return BuiltInFolder.read(BUILT_IN_FOLDER, SchemaCatalog::fromDirectory);
    }

    /** The schemas under {@code schemas/} in a folder of classes or in a jar. */
    static SchemaCatalog builtIn(Path classesOrJar) {
        return BuiltInFolder.read(classesOrJar, BUILT_IN_FOLDER, SchemaCatalog::fromDirectory);
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
}
