package org.ragbook.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.ragbook.schema.SchemaCatalog;

/** The schemas this server knows, so a client can choose one and fetch its template. */
final class SchemaRoutes {

    private final SchemaCatalog schemas;

    SchemaRoutes(SchemaCatalog schemas) {
        this.schemas = schemas;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/api/schemas", this::list);
    }

    private void list(Context ctx) {
        ctx.json(schemas.all().stream().map(SchemaView::of).toList());
    }
}
