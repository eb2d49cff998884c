package org.ragbook.web;

import org.ragbook.pipeline.Pipeline;
import org.ragbook.store.ObservationHistory;
import org.ragbook.store.Submissions;
import org.ragbook.store.Users;

/**
 * What the routes work with: the schemas (through the pipeline), the stored submissions, history and
 * users, and a way to tell the workers a submission is waiting.
 */
public record Backend(Pipeline pipeline, Submissions submissions, ObservationHistory history, Users users,
        Runnable wakeWorkers) {
}
