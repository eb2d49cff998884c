package org.ragbook.service;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.ragbook.store.Claim;
import org.ragbook.store.Outcome;
import org.ragbook.store.Submissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works through queued submissions: each thread claims the oldest one no live worker holds, in this
 * process or another replica, processes it and claims again. A claim is a lease, renewed while the
 * work goes on; if this process dies, the lease runs out and any replica (or this one, restarted)
 * takes the submission over, so nothing received is ever left behind.
 */
public final class SubmissionWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionWorker.class);
    /** How long an idle thread waits before looking again when nothing wakes it (another replica's uploads). */
    private static final long IDLE_POLL_MILLIS = 1_000;

    private final Submissions submissions;
    private final SubmissionProcessor processor;
    private final String workerId;
    private final Duration lease;
    private final int threads;
    private final Semaphore work = new Semaphore(0);
    private final Set<String> inHand = ConcurrentHashMap.newKeySet();
    private final ExecutorService pool;
    private final ScheduledExecutorService renewer;
    private volatile boolean running = true;

    SubmissionWorker(Submissions submissions, SubmissionProcessor processor, String workerId, Duration lease,
            int threads) {
        this.submissions = submissions;
        this.processor = processor;
        this.workerId = workerId;
        this.lease = lease;
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, named("ragbook-worker"));
        this.renewer = Executors.newSingleThreadScheduledExecutor(named("ragbook-lease"));
    }

    void start() {
        long every = Math.max(100, lease.toMillis() / 3);
        renewer.scheduleAtFixedRate(this::renewLeases, every, every, TimeUnit.MILLISECONDS);
        for (int i = 0; i < threads; i++) {
            pool.execute(this::workUntilClosed);
        }
    }

    /** A submission was just received here: look for it now rather than at the next poll. */
    public void wake() {
        work.release();
    }

    private void workUntilClosed() {
        while (running) {
            try {
                Optional<Claim> claim = submissions.claimNext(workerId, lease);
                if (claim.isPresent()) {
                    process(claim.get());
                } else {
                    work.tryAcquire(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
                    work.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database may be restarting; the submission stays queued (or under a lease that runs out)
                // and is claimed again.
                LOG.warn("Could not claim a submission or record its outcome: {}", e.getMessage());
                sleepQuietly();
            }
        }
    }

    /**
     * The lease is renewed while the work goes on and no longer once it is done, so that a renewal
     * never races the recording of the outcome; the outcome is recorded well within the lease.
     */
    private void process(Claim claim) {
        String id = claim.submission().id();
        inHand.add(id);
        Outcome outcome;
        try {
            outcome = processor.process(claim);
        } finally {
            inHand.remove(id);
        }
        if (!submissions.finish(id, workerId, outcome)) {
            LOG.warn("Submission {} was taken over by another worker before this one finished: its lease ran out", id);
        }
    }

    private void renewLeases() {
        for (String id : inHand) {
            try {
                if (!submissions.renew(id, workerId, lease)) {
                    LOG.warn("Submission {} was taken over by another worker: its lease ran out", id);
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not renew the lease on submission {}: {}", id, e.getMessage());
            }
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(IDLE_POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Stops claiming and lets the work in hand finish (within one lease); whatever is still running
     * after that is left to its lease, exactly as if the process had died, and is taken over.
     */
    @Override
    public void close() {
        running = false;
        work.release(threads);
        pool.shutdown();
        try {
            if (!pool.awaitTermination(lease.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Stopping with submissions {} unfinished; another worker will take them over", inHand);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        renewer.shutdownNow();
    }
}
