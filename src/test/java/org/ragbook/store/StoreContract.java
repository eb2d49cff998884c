package org.ragbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the store promises, run against each database Ragbook supports (H2 and PostgreSQL): the same
 * migrations and queries must keep every promise on both.
 */
abstract class StoreContract {

    private static final Duration LEASE = Duration.ofSeconds(30);

    private Submissions submissions;
    private ObservationHistory history;
    private Users users;

    /** A migrated database of the kind under test; the same one for every test of a class. */
    abstract Database database();

    @BeforeEach
    void emptyTables() throws SQLException {
        try (Connection connection = database().dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from observations");
            statement.executeUpdate("delete from observation_changes");
            statement.executeUpdate("delete from submission_files");
            statement.executeUpdate("delete from submission_reports");
            statement.executeUpdate("delete from submissions");
            statement.executeUpdate("delete from users");
        }
        submissions = new Submissions(database());
        history = new ObservationHistory(database());
        users = new Users(database());
    }

    @Test
    void an_upload_is_stored_as_received_with_its_sha256() {
        byte[] bytes = "PK a workbook".getBytes(StandardCharsets.UTF_8);

        Received received = submissions.receive(upload("Leicestershire", "phof-dashboard", bytes));

        assertThat(received).isInstanceOf(Received.Created.class);
        SubmissionRecord stored = submissions.find(received.submission().id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(SubmissionStatus.RECEIVED);
        assertThat(stored.sha256()).isEqualTo(Submissions.sha256(bytes)).hasSize(64);
        assertThat(stored.sizeBytes()).isEqualTo(bytes.length);
        assertThat(stored.channel()).isEqualTo(Channel.WEB);
        assertThat(stored.receivedAt()).isNotNull();
        assertThat(submissions.original(stored.id())).contains(bytes);
        assertThat(submissions.annotated(stored.id())).isEmpty();
    }

    @Test
    void identical_bytes_from_the_same_organisation_for_the_same_schema_are_the_earlier_submission() {
        byte[] bytes = {1, 2, 3};
        Received first = submissions.receive(upload("Leicestershire", "phof-dashboard", bytes));

        Received again = submissions.receive(upload("Leicestershire", "phof-dashboard", bytes));
        Received otherOrganisation = submissions.receive(upload("Rutland", "phof-dashboard", bytes));
        Received otherSchema = submissions.receive(upload("Leicestershire", "bcf-metrics", bytes));

        assertThat(again).isInstanceOf(Received.Existing.class);
        assertThat(again.submission().id()).isEqualTo(first.submission().id());
        assertThat(otherOrganisation).isInstanceOf(Received.Created.class);
        assertThat(otherSchema).isInstanceOf(Received.Created.class);
    }

    @Test
    void fifty_identical_uploads_at_once_are_stored_once() throws Exception {
        byte[] bytes = {4, 5, 6};
        Set<String> ids = ConcurrentHashMap.newKeySet();
        runTogether(50, () -> ids.add(submissions.receive(upload("Leicestershire", null, bytes)).submission().id()));

        assertThat(ids).hasSize(1);
        assertThat(submissions.list(new SubmissionFilter(null, null, null, null), 1, 100).total()).isEqualTo(1);
    }

    @Test
    void workers_claiming_at_once_take_each_submission_exactly_once_oldest_first() throws Exception {
        List<String> received = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            received.add(submissions.receive(upload("Leicestershire", null, new byte[] {(byte) i})).submission().id());
        }
        ConcurrentLinkedQueue<String> claimed = new ConcurrentLinkedQueue<>();

        runTogether(4, () -> {
            String worker = "worker-" + Thread.currentThread().getId();
            for (Optional<Claim> claim = submissions.claimNext(worker, LEASE); claim.isPresent();
                    claim = submissions.claimNext(worker, LEASE)) {
                claimed.add(claim.get().submission().id());
            }
        });

        assertThat(claimed).hasSize(20).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(received);
        assertThat(submissions.claimNext("late", LEASE)).isEmpty();
        assertThat(submissions.find(received.get(0)).orElseThrow().status()).isEqualTo(SubmissionStatus.PROCESSING);
    }

    @Test
    void a_claim_whose_lease_ran_out_is_taken_over_and_its_first_worker_can_no_longer_finish_it() throws Exception {
        String id = submissions.receive(upload("Leicestershire", null, new byte[] {7})).submission().id();
        Claim first = submissions.claimNext("dead-worker", Duration.ofMillis(300)).orElseThrow();
        assertThat(first.original()).containsExactly(7);
        assertThat(submissions.claimNext("other-worker", LEASE)).as("a live lease is not taken over").isEmpty();

        Thread.sleep(600);
        Claim takenOver = submissions.claimNext("other-worker", LEASE).orElseThrow();

        assertThat(takenOver.submission().id()).isEqualTo(id);
        assertThat(submissions.renew(id, "dead-worker", LEASE)).isFalse();
        assertThat(submissions.renew(id, "other-worker", LEASE)).isTrue();
        assertThat(submissions.finish(id, "dead-worker", Outcome.failed("too late"))).isFalse();
        assertThat(submissions.find(id).orElseThrow().status()).isEqualTo(SubmissionStatus.PROCESSING);
    }

    @Test
    void a_submission_whose_worker_died_is_claimed_before_those_received_after_it() throws Exception {
        String abandoned = submissions.receive(upload("Leicestershire", null, new byte[] {1})).submission().id();
        submissions.claimNext("dead-worker", Duration.ofMillis(300)).orElseThrow();
        String waiting = submissions.receive(upload("Leicestershire", null, new byte[] {2})).submission().id();

        Thread.sleep(600);

        assertThat(submissions.claimNext("worker", LEASE).orElseThrow().submission().id()).isEqualTo(abandoned);
        assertThat(submissions.claimNext("worker", LEASE).orElseThrow().submission().id()).isEqualTo(waiting);
        assertThat(submissions.claimNext("worker", LEASE)).isEmpty();
    }

    @Test
    void finishing_stores_the_report_and_workbook_and_a_confirmed_revision_supersedes_the_stored_value()
            throws SQLException {
        String first = annotate("first.xlsx", observation("2019", 10.0), observation("2020", 20.0));
        String revision = annotate("revision.xlsx", observation("2020", 25.0), observation("2021", 30.0));

        SubmissionRecord stored = submissions.find(revision).orElseThrow();
        assertThat(stored.status()).isEqualTo(SubmissionStatus.AWAITING_CONFIRMATION);
        assertThat(stored.reportJson()).isEqualTo("{\"file\":\"revision.xlsx\"}");
        assertThat(stored.annotatedName()).isEqualTo("revision-annotated.xlsx");
        assertThat(stored.period()).isEqualTo("2021");
        assertThat(submissions.annotated(revision)).contains(new byte[] {'P', 'K'});
        assertThat(submissions.changes(revision)).containsExactly(new ObservationChange("breast-screening",
                "E10000018", "FEMALE", "53-70 yrs", "2020", 20.0, 25.0));
        assertThat(history.series("breast-screening", "E10000018")).as("nothing of it current until confirmed")
                .extracting(StoredObservation::period, StoredObservation::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2019", 10.0),
                        org.assertj.core.groups.Tuple.tuple("2020", 20.0));

        assertThat(submissions.confirm(revision)).isTrue();

        assertThat(submissions.find(revision).orElseThrow().status()).isEqualTo(SubmissionStatus.ANNOTATED);
        assertThat(history.series("breast-screening", "E10000018"))
                .extracting(StoredObservation::period, StoredObservation::value, StoredObservation::submissionId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2019", 10.0, first),
                        org.assertj.core.groups.Tuple.tuple("2020", 25.0, revision),
                        org.assertj.core.groups.Tuple.tuple("2021", 30.0, revision));
        assertThat(history.current(List.of(new SeriesKey("breast-screening", "E10000018", "FEMALE", "53-70 yrs"))))
                .hasSize(3);
        assertThat(rowsIn("observations")).as("the superseded figure stays for the audit trail").isEqualTo(4);
        assertThat(submissions.confirm(revision)).as("decided once").isFalse();
        assertThat(submissions.changes(revision)).as("kept after the decision").hasSize(1);
    }

    @Test
    void a_withdrawn_revision_leaves_the_history_as_it_was() {
        annotate("first.xlsx", observation("2020", 20.0));
        String revision = annotate("revision.xlsx", observation("2020", 25.0));

        assertThat(submissions.withdraw(revision)).isTrue();

        assertThat(submissions.find(revision).orElseThrow().status()).isEqualTo(SubmissionStatus.WITHDRAWN);
        assertThat(history.series("breast-screening", "E10000018")).extracting(StoredObservation::value)
                .containsExactly(20.0);
        assertThat(submissions.confirm(revision)).isFalse();
    }

    @Test
    void the_same_values_sent_again_or_another_organisations_are_stored_at_once() {
        annotate("first.xlsx", observation("2020", 20.0));
        String same = annotate("again.xlsx", observation("2020", 20.0), observation("2021", 21.0));
        String other = annotate("Rutland", "phof-dashboard", "rutland.xlsx", observation("2021", 99.0));

        assertThat(submissions.find(same).orElseThrow().status()).isEqualTo(SubmissionStatus.ANNOTATED);
        assertThat(submissions.find(other).orElseThrow().status()).isEqualTo(SubmissionStatus.ANNOTATED);
        assertThat(submissions.changes(same)).isEmpty();
    }

    @Test
    void a_failure_keeps_the_original_and_says_what_happened() {
        String id = submissions.receive(upload("Leicestershire", null, new byte[] {8})).submission().id();
        submissions.claimNext("worker", LEASE).orElseThrow();

        assertThat(submissions.finish(id, "worker", Outcome.failed("Ragbook failed"))).isTrue();

        SubmissionRecord failed = submissions.find(id).orElseThrow();
        assertThat(failed.status()).isEqualTo(SubmissionStatus.FAILED);
        assertThat(failed.error()).isEqualTo("Ragbook failed");
        assertThat(submissions.original(id)).contains(new byte[] {8});
    }

    @Test
    void a_rejection_keeps_why_and_adds_nothing_to_the_history() {
        String id = submissions.receive(upload("Leicestershire", "nope", new byte[] {9})).submission().id();
        submissions.claimNext("worker", LEASE).orElseThrow();

        submissions.finish(id, "worker", Outcome.rejected("nope", "unknown-schema", "There is no schema 'nope'."));

        SubmissionRecord rejected = submissions.find(id).orElseThrow();
        assertThat(rejected.status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(rejected.errorKind()).isEqualTo("unknown-schema");
        assertThat(rejected.error()).isEqualTo("There is no schema 'nope'.");
    }

    @Test
    void lists_are_newest_first_filtered_and_paged() {
        String annotated = annotate("earliest.xlsx", observation("2021", 30.0));
        List<String> received = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            received.add(submissions.receive(upload(i < 3 ? "Leicestershire" : "Rutland", "phof-dashboard",
                    new byte[] {(byte) i})).submission().id());
        }

        Page<SubmissionRecord> leicestershire = submissions.list(
                new SubmissionFilter("Leicestershire", null, null, null), 1, 2);
        Page<SubmissionRecord> lastPage = submissions.list(
                new SubmissionFilter("Leicestershire", null, null, null), 2, 2);

        assertThat(leicestershire.total()).isEqualTo(4);
        assertThat(leicestershire.items()).extracting(SubmissionRecord::id)
                .containsExactly(received.get(2), received.get(1));
        assertThat(leicestershire.items()).allSatisfy(s -> assertThat(s.reportJson()).isNull());
        assertThat(lastPage.items()).extracting(SubmissionRecord::id).containsExactly(received.get(0), annotated);
        assertThat(submissions.list(new SubmissionFilter(null, "phof-dashboard", "2021", SubmissionStatus.ANNOTATED),
                1, 10).items()).extracting(SubmissionRecord::id).containsExactly(annotated);
        assertThat(submissions.list(new SubmissionFilter("Rutland", null, null, SubmissionStatus.RECEIVED), 1, 10)
                .total()).isEqualTo(2);
    }

    @Test
    void the_latest_annotated_return_of_each_organisation_is_found_for_a_schema_within_the_dates_received()
            throws SQLException {
        String march = annotate("Leicestershire", "phof-dashboard", "march.xlsx", observation("2020", 1.0));
        String april = annotate("Leicestershire", "phof-dashboard", "april.xlsx", observation("2021", 2.0));
        String rutland = annotate("Rutland", "phof-dashboard", "rutland.xlsx", observation("2020", 3.0));
        annotate("Rutland", "bcf-metrics", "bcf.xlsx", observation("2021", 4.0));
        String queued = submissions.receive(upload("Rutland", "phof-dashboard", new byte[] {1})).submission().id();
        receivedAt(march, "2021-03-15T10:00:00Z");
        receivedAt(april, "2021-04-10T10:00:00Z");
        receivedAt(rutland, "2021-04-05T10:00:00Z");
        receivedAt(queued, "2021-04-20T10:00:00Z");

        assertThat(submissions.latestAnnotated("phof-dashboard", null, null))
                .extracting(SubmissionRecord::id).as("Rutland's queued return is not annotated yet")
                .containsExactly(april, rutland);
        assertThat(submissions.latestAnnotated("phof-dashboard", null, Instant.parse("2021-04-01T00:00:00Z")))
                .extracting(SubmissionRecord::id).containsExactly(march);
        assertThat(submissions.latestAnnotated("phof-dashboard", Instant.parse("2021-04-05T10:00:00Z"),
                Instant.parse("2021-04-10T10:00:00Z")))
                .extracting(SubmissionRecord::id).as("from inclusive, until exclusive").containsExactly(rutland);
        assertThat(submissions.latestAnnotated("phof-dashboard", null, null))
                .allSatisfy(s -> assertThat(s.reportJson()).isNull());
        assertThat(submissions.latestAnnotated("nhs-constitution", null, null)).isEmpty();
    }

    @Test
    void the_submitting_organisations_are_those_with_a_submitter() {
        users.add("leics-1", "Leicestershire", Role.SUBMITTER);
        users.add("leics-2", "Leicestershire", Role.SUBMITTER);
        users.add("rutland", "Rutland", Role.SUBMITTER);
        users.add("bcf-lead", "LLR ICB", Role.LEAD);
        users.add("ops", "Ragbook", Role.ADMIN);

        assertThat(users.submittingOrganisations()).containsExactly("Leicestershire", "Rutland");
    }

    @Test
    void a_users_token_signs_them_in_and_is_not_stored_as_itself() throws SQLException {
        NewUser added = users.add("analyst", "Leicestershire", Role.SUBMITTER);

        assertThat(added.token()).startsWith("rb_").hasSizeGreaterThan(40);
        assertThat(users.byToken(added.token())).contains(added.user());
        assertThat(users.byToken(added.token() + "x")).isEmpty();
        assertThat(users.count()).isEqualTo(1);
        try (Connection connection = database().dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select * from users")) {
            rows.next();
            for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                assertThat(String.valueOf(rows.getObject(column))).doesNotContain(added.token().substring(3));
            }
        }
        assertThatThrownBy(() -> users.add("analyst", "Rutland", Role.LEAD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already a user called 'analyst'");
    }

    @Test
    void a_users_email_address_finds_them_whatever_its_case_and_belongs_to_one_user_only() {
        NewUser added = users.add("analyst", "Leicestershire", Role.SUBMITTER, " Jo.Bloggs@Leics.GOV.uk ");

        assertThat(added.user().email()).isEqualTo("jo.bloggs@leics.gov.uk");
        assertThat(users.byEmail("JO.BLOGGS@leics.gov.uk")).contains(added.user());
        assertThat(users.byEmail("someone@leics.gov.uk")).isEmpty();
        assertThatThrownBy(() -> users.add("second", "Rutland", Role.SUBMITTER, "jo.bloggs@LEICS.gov.uk"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is already a user with the address jo.bloggs@leics.gov.uk.");
        assertThatThrownBy(() -> users.add("third", "Rutland", Role.SUBMITTER, "Jo Bloggs"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("'Jo Bloggs' is not an email address.");
        assertThat(users.add("no-mail", "Rutland", Role.LEAD).user().email()).isNull();
    }

    @Test
    void a_mailbox_lease_is_held_by_one_holder_until_released_or_run_out() throws InterruptedException {
        Leases leases = new Leases(database());

        assertThat(leases.hold("mailbox", "replica-a", Duration.ofMinutes(1))).isTrue();
        assertThat(leases.hold("mailbox", "replica-b", Duration.ofMinutes(1))).isFalse();
        assertThat(leases.hold("mailbox", "replica-a", Duration.ofMillis(200))).isTrue();
        Thread.sleep(400);
        assertThat(leases.hold("mailbox", "replica-b", Duration.ofMinutes(1))).isTrue();
        leases.release("mailbox", "replica-b");
        assertThat(leases.hold("mailbox", "replica-a", Duration.ofMinutes(1))).isTrue();
    }

    private String annotate(String fileName, StoredObservation... accepted) {
        return annotate("Leicestershire", "phof-dashboard", fileName, accepted);
    }

    private String annotate(String organisation, String schema, String fileName, StoredObservation... accepted) {
        String id = submissions.receive(upload(organisation, schema,
                fileName.getBytes(StandardCharsets.UTF_8))).submission().id();
        Claim claim = submissions.claimNext("worker", LEASE).orElseThrow();
        assertThat(claim.submission().id()).isEqualTo(id);
        List<StoredObservation> rows = new ArrayList<>();
        for (StoredObservation o : accepted) {
            rows.add(new StoredObservation(id, o.indicatorId(), o.areaCode(), o.areaName(), o.sex(), o.age(),
                    o.period(), o.value(), o.lowerCi95(), o.upperCi95(), o.lowerCi998(), o.upperCi998(), o.count(),
                    o.denominator()));
        }
        String name = fileName.replace(".xlsx", "-annotated.xlsx");
        assertThat(submissions.finish(id, "worker", Outcome.annotated(schema,
                rows.get(rows.size() - 1).period(), "{\"file\":\"" + fileName + "\"}", name, new byte[] {'P', 'K'},
                rows))).isTrue();
        return id;
    }

    private static StoredObservation observation(String period, double value) {
        return new StoredObservation(null, "breast-screening", "E10000018", "Leicestershire", "FEMALE", "53-70 yrs",
                period, value, value - 1, value + 1, value - 2, value + 2, 100.0, 1000.0);
    }

    private static NewSubmission upload(String organisation, String schema, byte[] bytes) {
        return new NewSubmission(organisation, schema, Channel.WEB, "analyst", "return.xlsx", bytes);
    }

    /** Moves a submission's received time, as if it had come then. */
    private void receivedAt(String id, String instant) throws SQLException {
        try (Connection connection = database().dataSource().getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update submissions set received_at = ? where id = ?")) {
            update.setObject(1, Instant.parse(instant).atOffset(ZoneOffset.UTC));
            update.setString(2, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private long rowsIn(String table) throws SQLException {
        try (Connection connection = database().dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Runs the work on {@code threads} threads released at the same moment, and waits for them all. */
    private static void runTogether(int threads, Runnable work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                done.add(pool.submit(() -> {
                    start.await();
                    work.run();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
