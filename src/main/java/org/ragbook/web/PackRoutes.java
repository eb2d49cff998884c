package org.ragbook.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ragbook.pack.LeadsPack;
import org.ragbook.pack.PackArchive;
import org.ragbook.pack.PackWorkbook;
import org.ragbook.pack.PackedReturn;
import org.ragbook.pack.ReceivedRange;
import org.ragbook.report.ReportJson;
import org.ragbook.report.SubmissionPage;
import org.ragbook.schema.Indicator;
import org.ragbook.schema.ReturnSchema;
import org.ragbook.schema.SchemaCatalog;
import org.ragbook.store.Role;
import org.ragbook.store.SubmissionRecord;
import org.ragbook.store.Submissions;
import org.ragbook.store.Users;

/**
 * The lead's pack of a schema: every organisation's latest annotated return side by side
 * ({@code pack.xlsx}), and the annotated workbooks themselves ({@code pack.zip}). For leads and
 * admins, who read every organisation's returns; a submitter reads only their own, so is refused.
 */
final class PackRoutes {

    private final SchemaCatalog schemas;
    private final Submissions submissions;
    private final Users users;
    private final Optional<URI> publicUrl;

    PackRoutes(Backend backend, ServerConfig config) {
        this.schemas = backend.pipeline().schemas();
        this.submissions = backend.submissions();
        this.users = backend.users();
        this.publicUrl = config.publicUrl();
    }

    void addTo(RoutesConfig routes) {
        routes.get("/api/schemas/{id}/pack.xlsx", this::workbook);
        routes.get("/api/schemas/{id}/pack.zip", this::archive);
    }

    private void workbook(Context ctx) throws IOException {
        Access.require(ctx, Role.LEAD, Role.ADMIN);
        ReturnSchema schema = SchemaRoutes.named(ctx, schemas);
        ReceivedRange range = range(ctx);
        List<PackedReturn> returns = new ArrayList<>();
        // one report in memory at a time: each keeps only its counted observations
        for (SubmissionRecord latest : latest(schema, range)) {
            SubmissionRecord s = submissions.find(latest.id()).orElseThrow();
            returns.add(PackedReturn.of(s.organisation(), s.submittedBy(), s.receivedAt(), s.period(), s.fileName(),
                    link(ctx, s.id()), ReportJson.read(s.reportJson())));
        }
        LeadsPack pack = LeadsPack.of(schema.title() == null ? schema.id() : schema.title(), range, returns,
                users.submittingOrganisations(), schema.indicators().stream().map(Indicator::code).toList());
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        PackWorkbook.write(pack, workbook);
        Downloads.xlsx(ctx, schema.id() + "-pack.xlsx");
        ctx.result(workbook.toByteArray());
    }

    /** Streamed: the workbooks of a large schema's organisations together need not fit in memory. */
    private void archive(Context ctx) throws IOException {
        Access.require(ctx, Role.LEAD, Role.ADMIN);
        ReturnSchema schema = SchemaRoutes.named(ctx, schemas);
        List<SubmissionRecord> latest = latest(schema, range(ctx));
        Downloads.zip(ctx, schema.id() + "-pack.zip");
        try (PackArchive archive = new PackArchive(ctx.outputStream())) {
            for (SubmissionRecord s : latest) {
                archive.add(s.organisation(), s.annotatedName(), submissions.annotated(s.id()).orElseThrow());
            }
        }
    }

    private List<SubmissionRecord> latest(ReturnSchema schema, ReceivedRange range) {
        return submissions.latestAnnotated(schema.id(), range.start(), range.end());
    }

    private static ReceivedRange range(Context ctx) {
        try {
            return new ReceivedRange(DateParameter.of(ctx, "from"), DateParameter.of(ctx, "to"));
        } catch (IllegalArgumentException backwards) {
            throw new BadRequestResponse(backwards.getMessage());
        }
    }

    /** The submission on the page, as people reach the service: at its public address, or where this request came. */
    private URI link(Context ctx, String id) {
        String self = SubmissionPage.path(id);
        return publicUrl.map(base -> URI.create(base + self)).orElseGet(() -> URI.create(ctx.url()).resolve(self));
    }
}
