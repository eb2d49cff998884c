package org.ragbook.schema;

import java.util.List;
import java.util.Optional;

/** The schemas a Ragbook instance knows: built in (from the jar) or loaded from a folder. */
public final class SchemaCatalog {

    private final List<ReturnSchema> schemas;

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
