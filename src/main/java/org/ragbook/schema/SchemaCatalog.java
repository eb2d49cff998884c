package org.ragbook.schema;

import java.util.List;
import java.util.Optional;

/** The schemas a Ragbook instance knows: built in (from the jar) or loaded from a folder. */
public final class SchemaCatalog {

    private final List<ReturnSchema> schemas;

    /** The schemas shipped in the jar (classpath {@code schemas/}). */
    public static SchemaCatalog builtIn() {
        throw new UnsupportedOperationException("being written on the schema branch");
    }

    /** Every {@code *.yaml} schema in a folder, for {@code --schemas DIR} / {@code RAGBOOK_SCHEMAS}. */
    public static SchemaCatalog fromDirectory(java.nio.file.Path dir) {
        throw new UnsupportedOperationException("being written on the schema branch");
    }

    public SchemaCatalog(List<ReturnSchema> schemas) {
        this.schemas = List.copyOf(schemas);
    }

    public List<ReturnSchema> all() {
        return schemas;
    }

    public Optional<ReturnSchema> find(String id) {
        return schemas.stream().filter(s -> s.id().equalsIgnoreCase(id)).findFirst();
    }
}
