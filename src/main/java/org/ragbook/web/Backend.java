package org.ragbook.web;

import java.util.function.Supplier;
import org.ragbook.pipeline.Pipeline;
import org.ragbook.store.ObservationHistory;
import org.ragbook.store.Submissions;
import org.ragbook.store.Users;

/**
 * What the routes work with: the schemas (through the pipeline), the stored submissions, history and
 * users, a way to tell the workers a submission is waiting, and how the mailbox is doing.
 *
 * @param mailHealth "off" when mail is not configured, else "ok" or "failing since …"
 */
public record Backend(Pipeline pipeline, Submissions submissions, ObservationHistory history, Users users,
        Runnable wakeWorkers, Supplier<String> mailHealth) {
}
