package org.ragbook.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ConflictResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import org.ragbook.paper.CommitteePaper;
import org.ragbook.paper.PaperCover;
import org.ragbook.read.RowEstimate;
import org.ragbook.report.AnnotatedFileName;
import org.ragbook.report.Report;
import org.ragbook.report.ReportJson;
import org.ragbook.schema.SchemaCatalog;
import org.ragbook.store.Channel;
import org.ragbook.store.NewSubmission;
import org.ragbook.store.Page;
import org.ragbook.store.Received;
import org.ragbook.store.Role;
import org.ragbook.store.SubmissionFilter;
import org.ragbook.store.SubmissionRecord;
import org.ragbook.store.SubmissionStatus;
import org.ragbook.store.Submissions;
import org.ragbook.store.User;

/**
 * Receiving returns and giving back what became of them. An upload is stored (original bytes first,
 * in one transaction) before anything reads it; the workers do the rest. A small return is answered
 * when it is done (201, or 422 when it cannot be read); a large one at once with 202 and a URL that
 * reports its progress; identical bytes sent again with 200 and the submission they made before.
 */
final class SubmissionRoutes {

    static final String RETURNS = "/api/returns";
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(2);
    private static final long POLL_MILLIS = 100;
    private static final int MAX_PAGE_SIZE = 100;

    private final Submissions submissions;
    private final SchemaCatalog schemas;
    private final Runnable wakeWorkers;
    private final ServerConfig config;
    private final Path incoming;

    SubmissionRoutes(Backend backend, ServerConfig config, Path incoming) {
        this.submissions = backend.submissions();
        this.schemas = backend.pipeline().schemas();
        this.wakeWorkers = backend.wakeWorkers();
        this.config = config;
        this.incoming = incoming;
    }

    void addTo(RoutesConfig routes) {
        routes.post(RETURNS, this::submit);
        routes.get(RETURNS, this::list);
        routes.get(RETURNS + "/{id}", ctx -> ctx.json(view(visible(ctx), observations(ctx))));
        routes.post(RETURNS + "/{id}/confirm", ctx -> decide(ctx, submissions::confirm, "confirmed"));
        routes.post(RETURNS + "/{id}/withdraw", ctx -> decide(ctx, submissions::withdraw, "withdrawn"));
        routes.get(RETURNS + "/{id}/original.xlsx", this::original);
        routes.get(RETURNS + "/{id}/annotated.xlsx", this::annotated);
        routes.get(RETURNS + "/{id}/paper.docx", this::paper);
    }

    /** Where a submission is: the link every view of one gives, and the pack's links add the service's address to. */
    static String self(String id) {
        return RETURNS + "/" + id;
    }

    private void submit(Context ctx) throws IOException, InterruptedException {
        User user = Access.require(ctx, Role.SUBMITTER, Role.ADMIN);
        UploadedFile upload = ctx.uploadedFile("file");
        if (upload == null) {
            throw new BadRequestResponse("The request has no 'file' field. Send the return as multipart/form-data"
                    + " with the workbook or CSV file in a field named 'file'.");
        }
        if (upload.size() > config.maxUploadBytes()) {
            throw new ContentTooLargeResponse(RagbookServer.tooLarge(config.maxUploadBytes()));
        }
        String fileName = baseName(upload.filename());
        byte[] bytes;
        try (InputStream content = upload.content()) {
            bytes = content.readAllBytes();
        }
        Received received = submissions.receive(new NewSubmission(user.organisation(), param(ctx, "schema"),
                channel(ctx), user.name(), fileName, bytes));
        SubmissionRecord submission = received.submission();
        ctx.header("Location", self(submission.id()));
        if (received instanceof Received.Existing) {
            ctx.status(HttpStatus.OK).json(view(submission, true));
            return;
        }
        wakeWorkers.run();
        if (estimatedRows(bytes, fileName) > config.syncRowLimit()) {
            ctx.status(HttpStatus.ACCEPTED).json(view(submission, true));
            return;
        }
        answerWhenDone(ctx, waitForOutcome(submission));
    }

    private void answerWhenDone(Context ctx, SubmissionRecord s) {
        switch (s.status()) {
            case ANNOTATED, AWAITING_CONFIRMATION -> ctx.status(HttpStatus.CREATED).json(view(s, true));
            case REJECTED, FAILED -> throw new UnannotatedSubmissionException(s);
            default -> ctx.status(HttpStatus.ACCEPTED).json(view(s, true));
        }
    }

    /** The submission once a worker (here or on another replica) has finished with it, or as it is after the wait. */
    private SubmissionRecord waitForOutcome(SubmissionRecord submission) throws InterruptedException {
        Instant giveUp = Instant.now().plus(LONGEST_WAIT);
        SubmissionRecord current = submission;
        while (!current.status().isProcessed() && Instant.now().isBefore(giveUp)) {
            Thread.sleep(POLL_MILLIS);
            current = submissions.find(submission.id()).orElse(current);
        }
        return current;
    }

    private SubmissionView view(SubmissionRecord s, boolean withObservations) {
        return SubmissionView.of(s, withObservations, submissions.changes(s.id()));
    }

    /**
     * The submitter's decision on a return awaiting confirmation. Sending is what a lead may not do,
     * so deciding is a submitter's (for their own organisation) or an admin's; another organisation's
     * submission does not exist for the submitter asking.
     */
    private void decide(Context ctx, Predicate<String> decision, String done) {
        Access.require(ctx, Role.SUBMITTER, Role.ADMIN);
        SubmissionRecord s = visible(ctx);
        if (!decision.test(s.id())) {
            SubmissionRecord now = submissions.find(s.id()).orElse(s);
            throw new ConflictResponse("Submission '" + s.id() + "' is " + now.status().label() + ", so it cannot be "
                    + done + ": only a submission awaiting confirmation can be confirmed or withdrawn.");
        }
        ctx.json(view(submissions.find(s.id()).orElseThrow(), true));
    }

    private void list(Context ctx) {
        User user = Authentication.user(ctx);
        String status = param(ctx, "status");
        SubmissionStatus wanted = status == null ? null : SubmissionStatus.parse(status).orElseThrow(() ->
                new BadRequestResponse("'status' must be one of " + SubmissionStatus.labels() + "."));
        int page = positive(ctx, "page", 1);
        int size = Math.min(positive(ctx, "size", 20), MAX_PAGE_SIZE);
        SubmissionFilter filter = new SubmissionFilter(Access.listedOrganisation(user, param(ctx, "org")),
                param(ctx, "schema"), param(ctx, "period"), wanted);
        Page<SubmissionRecord> found = submissions.list(filter, page, size);
        ctx.json(new Page<>(found.items().stream().map(SubmissionSummary::of).toList(), found.page(), found.size(),
                found.total()));
    }

    private void original(Context ctx) {
        SubmissionRecord s = visible(ctx);
        byte[] bytes = submissions.original(s.id()).orElseThrow(() -> notFound(s.id()));
        Downloads.original(ctx, s.fileName());
        ctx.result(bytes);
    }

    private void annotated(Context ctx) {
        SubmissionRecord s = visible(ctx);
        Optional<byte[]> bytes = s.status().isAnnotated() ? submissions.annotated(s.id())
                : Optional.empty();
        Downloads.xlsx(ctx, s.annotatedName());
        ctx.result(bytes.orElseThrow(() -> notAnnotated(s, "annotated workbook")));
    }

    /** The committee paper, written afresh from the stored report: its words are the report's paragraphs. */
    private void paper(Context ctx) throws IOException {
        SubmissionRecord s = visible(ctx);
        if (!s.status().isAnnotated() || s.reportJson() == null) {
            throw notAnnotated(s, "committee paper");
        }
        Report report = ReportJson.read(s.reportJson());
        PaperCover cover = PaperCover.of(param(ctx, "title"), DateParameter.of(ctx, "date"), schemas.find(report.schema()).orElse(null));
        ByteArrayOutputStream paper = new ByteArrayOutputStream();
        CommitteePaper.write(report, cover, paper);
        Downloads.docx(ctx, AnnotatedFileName.paper(s.fileName()));
        ctx.result(paper.toByteArray());
    }

    private static NotFoundResponse notAnnotated(SubmissionRecord s, String what) {
        return new NotFoundResponse("Submission '" + s.id() + "' is " + s.status().label() + "; it has no " + what
                + (s.status().isProcessed() ? "." : " yet."));
    }

    /** The submission named in the path, if the signed-in user may see it; otherwise it does not exist for them. */
    private SubmissionRecord visible(Context ctx) {
        String id = ctx.pathParam("id");
        User user = Authentication.user(ctx);
        return submissions.find(id).filter(s -> Access.canSee(user, s)).orElseThrow(() -> notFound(id));
    }

    private static NotFoundResponse notFound(String id) {
        return new NotFoundResponse("There is no submission with id '" + id + "'.");
    }

    private long estimatedRows(byte[] bytes, String fileName) throws IOException {
        Path file = Files.createTempFile(incoming, "estimate-", suffix(fileName));
        try {
            Files.write(file, bytes);
            return RowEstimate.of(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Whether the answer carries the report's observations: tens of megabytes for a 100,000-row
     * return, which a caller following its progress, or showing only counts, does not want.
     */
    private static boolean observations(Context ctx) {
        String asked = ctx.queryParam("observations");
        if (asked == null || asked.isBlank() || asked.trim().equals("true")) {
            return true;
        }
        if (asked.trim().equals("false")) {
            return false;
        }
        throw new BadRequestResponse("'observations' must be true or false, not '" + asked + "'.");
    }

    private static Channel channel(Context ctx) {
        String asked = param(ctx, "channel");
        return asked == null ? Channel.API : Channel.parse(asked).orElseThrow(() ->
                new BadRequestResponse("'channel' must be one of web, api, cli or email."));
    }

    /** A form field or, failing that, a query parameter; blank counts as absent. */
    private static String param(Context ctx, String name) {
        String fromForm = ctx.isMultipartFormData() ? ctx.formParam(name) : null;
        String value = fromForm == null || fromForm.isBlank() ? ctx.queryParam(name) : fromForm;
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static int positive(Context ctx, String name, int otherwise) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new BadRequestResponse("'" + name + "' must be a whole number of at least 1, not '" + text + "'.");
    }

    private static String suffix(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? ".bin" : fileName.substring(dot).replaceAll("[^A-Za-z0-9.]", "");
    }

    /** Browsers on Windows may send the whole path of the file; only its name is the analyst's file name. */
    private static String baseName(String submitted) {
        String name = submitted == null ? "" : submitted.substring(Math.max(submitted.lastIndexOf('/'),
                submitted.lastIndexOf('\\')) + 1).trim();
        return name.isEmpty() ? "return.xlsx" : name;
    }
}
