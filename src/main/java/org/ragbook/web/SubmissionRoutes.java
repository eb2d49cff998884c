package org.ragbook.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.ragbook.pipeline.Pipeline;
import org.ragbook.report.AnnotatedFileName;
import org.ragbook.report.Report;
import org.ragbook.report.ReportJson;

/** Receiving a return, and giving back its report and annotated workbook. */
final class SubmissionRoutes {

    static final String RETURNS = "/api/returns";

    private final SubmissionStore store;
    private final Pipeline pipeline;
    private final long maxUploadBytes;

    SubmissionRoutes(SubmissionStore store, Pipeline pipeline, long maxUploadBytes) {
        this.store = store;
        this.pipeline = pipeline;
        this.maxUploadBytes = maxUploadBytes;
    }

    void addTo(RoutesConfig routes) {
        routes.post(RETURNS, this::submit);
        routes.get(RETURNS + "/{id}", this::report);
        routes.get(RETURNS + "/{id}/annotated.xlsx", this::annotated);
    }

    /**
     * Keeps the upload first, then runs the whole pipeline on the stored copy. The annotated copy is
     * always a workbook, even for a CSV return: fills and comments need one.
     */
    private void submit(Context ctx) throws IOException {
        UploadedFile upload = ctx.uploadedFile("file");
        if (upload == null) {
            throw new BadRequestResponse("The request has no 'file' field. Send the return as multipart/form-data"
                    + " with the workbook or CSV file in a field named 'file'.");
        }
        if (upload.size() > maxUploadBytes) {
            throw new ContentTooLargeResponse(RagbookServer.tooLarge(maxUploadBytes));
        }
        String fileName = baseName(upload.filename());
        Submission submission;
        try (InputStream content = upload.content()) {
            submission = store.create(fileName, content);
        }
        Report report = pipeline.annotate(submission.original(), fileName, schemaId(ctx), submission.annotated());
        ReportJson.write(report, submission.report());
        ctx.status(HttpStatus.CREATED)
                .header("Location", RETURNS + "/" + submission.id())
                .json(SubmissionView.of(submission.id(), report));
    }

    private void report(Context ctx) {
        Submission submission = assessed(ctx);
        ctx.json(SubmissionView.of(submission.id(), ReportJson.read(submission.report())));
    }

    private void annotated(Context ctx) throws IOException {
        Submission submission = assessed(ctx);
        Report report = ReportJson.read(submission.report());
        Downloads.xlsx(ctx, AnnotatedFileName.of(report.file(), "xlsx"));
        ctx.result(Files.newInputStream(submission.annotated()));
    }

    /** The submission named in the path, when the pipeline has assessed it (a rejected upload has no report). */
    private Submission assessed(Context ctx) {
        String id = ctx.pathParam("id");
        return store.find(id).filter(Submission::hasReport)
                .orElseThrow(() -> new NotFoundResponse("There is no assessed return with id '" + id + "'."));
    }

    /** The schema named in the form or the query; none means the pipeline picks one. */
    private static String schemaId(Context ctx) {
        String fromForm = ctx.formParam("schema");
        String id = fromForm == null || fromForm.isBlank() ? ctx.queryParam("schema") : fromForm;
        return id == null || id.isBlank() ? null : id.trim();
    }

    /** Browsers on Windows may send the whole path of the file; only its name is the analyst's file name. */
    private static String baseName(String submitted) {
        String name = submitted == null ? "" : submitted.substring(Math.max(submitted.lastIndexOf('/'),
                submitted.lastIndexOf('\\')) + 1).trim();
        return name.isEmpty() ? "return.xlsx" : name;
    }
}
