package org.ragbook.pipeline;

import org.ragbook.RejectedReturnException;
import org.ragbook.schema.SchemaCatalog;

/** The return asked for a schema this instance does not have. */
public final class UnknownSchemaException extends RejectedReturnException {

    public UnknownSchemaException(String schemaId, SchemaCatalog catalog) {
        super("There is no schema '" + schemaId + "'. Known schemas: " + catalog.ids() + ".");
    }

    @Override
    public String kind() {
        return "unknown-schema";
    }
}
