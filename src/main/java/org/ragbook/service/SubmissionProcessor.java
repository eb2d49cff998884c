package org.ragbook.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.ragbook.RejectedReturnException;
import org.ragbook.pipeline.History;
import org.ragbook.pipeline.Pipeline;
import org.ragbook.pipeline.Processed;
import org.ragbook.read.ReadProgress;
import org.ragbook.read.RowEstimate;
import org.ragbook.report.AnnotatedFileName;
import org.ragbook.report.ReportJson;
import org.ragbook.store.Claim;
import org.ragbook.store.Outcome;
import org.ragbook.store.SubmissionRecord;
import org.ragbook.store.Submissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the pipeline over one claimed submission and records how it ended. The pipeline works on
 * files, so the stored original is copied to a scratch folder of its own for the run and the
 * folder removed after: the database, not the disk, is what every replica shares.
 */
final class SubmissionProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionProcessor.class);

    private final Submissions submissions;
    private final Pipeline pipeline;
    private final History history;
    private final Path scratch;

    SubmissionProcessor(Submissions submissions, Pipeline pipeline, History history, Path scratch) {
        this.submissions = submissions;
        this.pipeline = pipeline;
        this.history = history;
        this.scratch = scratch;
    }

    /** Works on the claimed submission and says how it ended; the worker holding the claim records it. */
    Outcome process(Claim claim) {
        SubmissionRecord submission = claim.submission();
        Path folder = scratch.resolve(submission.id());
        try {
            Files.createDirectories(folder);
            Path original = folder.resolve("original" + extension(submission.fileName()));
            Files.write(original, claim.original());
            long total = RowEstimate.of(original);
            submissions.progress(submission.id(), 0, total);
            ReadProgress progress = rows -> submissions.progress(submission.id(), rows, Math.max(rows, total));
            Path annotated = folder.resolve("annotated.xlsx");
            Processed processed = pipeline.process(original, submission.fileName(), submission.schemaId(), annotated,
                    history, progress);
            return annotatedOutcome(submission, processed, Files.readAllBytes(annotated));
        } catch (RejectedReturnException rejected) {
            return Outcome.rejected(submission.schemaId(), rejected.kind(), rejected.userMessage());
        } catch (IOException | RuntimeException e) {
            LOG.error("Submission {} ({}) failed", submission.id(), submission.fileName(), e);
            return Outcome.failed("Ragbook failed while working on this return. The error is in the server log;"
                    + " the original is kept.");
        } finally {
            delete(folder);
        }
    }

    private static Outcome annotatedOutcome(SubmissionRecord submission, Processed processed, byte[] annotated) {
        return Outcome.annotated(processed.schema().id(), AcceptedObservations.latestPeriod(processed.assessments()),
                ReportJson.write(processed.report()), AnnotatedFileName.of(submission.fileName(), "xlsx"), annotated,
                AcceptedObservations.of(submission.id(), processed.assessments()));
    }

    /** The upload's own extension, so the reader knows a CSV from a workbook by name as well as by bytes. */
    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot).toLowerCase(java.util.Locale.ROOT);
        return extension.matches("\\.[a-z0-9]{1,10}") ? extension : "";
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the scratch folder " + folder, e);
        }
    }
}
