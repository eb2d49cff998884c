package org.ragbook.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ragbook.pipeline.UnknownSchemaException;
import org.ragbook.schema.ReturnSchema;
import org.ragbook.schema.SchemaCatalog;
import org.ragbook.template.TemplateWriter;

/** The schemas this server knows, so a client can choose one and fetch its template. */
final class SchemaRoutes {

    private final SchemaCatalog schemas;

    SchemaRoutes(SchemaCatalog schemas) {
        this.schemas = schemas;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/api/schemas", this::list);
        routes.get("/api/schemas/{id}/template.xlsx", this::template);
    }

    /**
     * The schema named in the path. Unlike an upload naming an unknown schema (422), here the schema
     * is the resource asked for: 404, naming the schemas there are.
     */
    static ReturnSchema named(Context ctx, SchemaCatalog schemas) {
        String id = ctx.pathParam("id");
        return schemas.find(id)
                .orElseThrow(() -> new NotFoundResponse(new UnknownSchemaException(id, schemas).getMessage()));
    }

    private void list(Context ctx) {
        ctx.json(schemas.all().stream().map(SchemaView::of).toList());
    }

    private void template(Context ctx) throws IOException {
        ReturnSchema schema = named(ctx, schemas);
        Path file = Files.createTempFile("ragbook-template-", ".xlsx");
        try {
            TemplateWriter.write(schema, file);
            Downloads.xlsx(ctx, schema.id() + "-template.xlsx");
            ctx.result(Files.readAllBytes(file));
        } finally {
            Files.delete(file);
        }
    }
}
