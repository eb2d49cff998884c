package org.ragbook.service;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ragbook.config.MailConfig;
import org.ragbook.config.RagbookConfig;
import org.ragbook.mail.MailHealth;
import org.ragbook.mail.MailPoller;
import org.ragbook.pipeline.Pipeline;
import org.ragbook.schema.SchemaCatalog;
import org.ragbook.store.Database;
import org.ragbook.store.Leases;
import org.ragbook.store.MailMessages;
import org.ragbook.store.ObservationHistory;
import org.ragbook.store.Submissions;
import org.ragbook.store.Users;
import org.ragbook.web.Backend;
import org.ragbook.web.RagbookServer;
import org.ragbook.web.ServerConfig;

/**
 * A running Ragbook service: the database (migrated on start), the workers that process queued
 * submissions, the HTTP server, and the mailbox poller when mail is configured, wired once from the configuration for {@code ragbook serve} and
 * for the tests. Starting resumes whatever a previous process left received or half-processed.
 */
public final class Ragbook implements AutoCloseable {

    private final Database database;
    private final Users users;
    private final Submissions submissions;
    private final SubmissionWorker worker;
    private final Javalin server;
    private final Optional<MailPoller> mail;

    private Ragbook(Database database, Users users, Submissions submissions, SubmissionWorker worker,
            Javalin server, Optional<MailPoller> mail) {
        this.database = database;
        this.users = users;
        this.submissions = submissions;
        this.worker = worker;
        this.server = server;
        this.mail = mail;
    }

    /** Starts everything; the first start on an empty database prints the admin's token to {@code out}. */
    public static Ragbook start(RagbookConfig config, PrintWriter out) {
        return start(config, config.schemas().map(SchemaCatalog::fromDirectory).orElseGet(SchemaCatalog::builtIn), out);
    }

    /** As {@link #start(RagbookConfig, PrintWriter)} with these schemas rather than the configured ones. */
    public static Ragbook start(RagbookConfig config, SchemaCatalog schemas, PrintWriter out) {
        Database database = Database.open(config.dbUrl(), config.dbUser(), config.dbPassword(), config.dbPoolSize());
        Submissions submissions = new Submissions(database);
        ObservationHistory history = new ObservationHistory(database);
        Users users = new Users(database);
        FirstAdmin.ensure(users, config, out);
        Pipeline pipeline = new Pipeline(schemas);
        SubmissionProcessor processor = new SubmissionProcessor(submissions, pipeline, new StoredHistory(history),
                config.data().resolve("work"));
        SubmissionWorker worker = new SubmissionWorker(submissions, processor, workerId(), config.lease(),
                config.workers());
        MailHealth mailHealth = new MailHealth();
        Javalin server = RagbookServer.create(new ServerConfig(config.port(), config.data(), config.maxUploadBytes(),
                config.syncRowLimit(), config.publicUrl()),
                new Backend(pipeline, submissions, history, users, worker::wake,
                        () -> config.mail().isPresent() ? mailHealth.describe() : "off"));
        server.start();
        worker.start();
        Optional<MailPoller> mail = config.mail().map(settings -> new MailPoller(settings, new MailMessages(database),
                new Leases(database), submissions, users, schemas, config.publicUrl(server.port()), workerId(),
                mailLease(config.lease(), settings), worker::wake, mailHealth));
        mail.ifPresent(MailPoller::start);
        return new Ragbook(database, users, submissions, worker, server, mail);
    }

    /**
     * The mailbox is held as a submission is, for the workers' lease, and also across the poller's
     * wait for new mail between two renewals; a replica that dies gives it up when that runs out.
     */
    private static Duration mailLease(Duration workerLease, MailConfig mail) {
        return workerLease.plusSeconds(2L * mail.pollSeconds());
    }

    /** Names this process's claims in the database, so a log line says which replica held a submission. */
    private static String workerId() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    public int port() {
        return server.port();
    }

    /** Every HTTP route served, as "GET /api/returns/{id}": what /openapi.json must describe. */
    public List<String> routes() {
        return server.unsafe.internalRouter.allHttpHandlers().stream()
                .map(route -> route.endpoint.method.name() + " " + route.endpoint.path)
                .filter(route -> !route.startsWith("BEFORE") && !route.startsWith("AFTER"))
                .toList();
    }

    public Users users() {
        return users;
    }

    public Submissions submissions() {
        return submissions;
    }

    /** Stops taking requests, lets work in hand finish, then closes the database. */
    @Override
    public void close() {
        mail.ifPresent(MailPoller::close);
        server.stop();
        worker.close();
        database.close();
    }
}
