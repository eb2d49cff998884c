package org.ragbook.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The submissions and their lifecycle. An upload's bytes and its row are committed together before
 * anything reads them. Work is handed out by lease: {@link #claimNext} locks the oldest waiting row
 * with {@code FOR UPDATE SKIP LOCKED}, so concurrent workers, in one process or in several replicas,
 * never take the same submission, and one whose lease ran out (its worker died) is taken over.
 * Only the worker holding a claim can renew it or record how the work ended.
 */
public final class Submissions {

    private static final String COLUMNS = "id, organisation, schema_asked, schema_id, channel, submitted_by,"
            + " file_name, size_bytes, sha256, status, received_at, updated_at, claimed_by, rows_read, rows_total,"
            + " latest_period, annotated_name, error_kind, error";

    /** The columns and, from its own table, the report. */
    private static final String WITH_REPORT = COLUMNS + ", (select r.report_json from submission_reports r"
            + " where r.submission_id = submissions.id) as report_json";

    private static final String ORIGINAL = "original";
    private static final String ANNOTATED = "annotated";

    private final Database database;

    public Submissions(Database database) {
        this.database = database;
    }

    /**
     * Stores an upload as received. Identical bytes already stored for the same organisation and
     * schema asked are not stored again: the earlier submission is returned instead, also when two
     * identical uploads race each other.
     */
    public Received receive(NewSubmission upload) {
        String sha256 = sha256(upload.original());
        String schemaAsked = upload.schemaId() == null ? "" : upload.schemaId();
        Optional<SubmissionRecord> earlier = sameBytes(upload.organisation(), schemaAsked, sha256);
        if (earlier.isPresent()) {
            return new Received.Existing(earlier.get());
        }
        String id = UUID.randomUUID().toString();
        try {
            database.inTransaction("store the upload " + upload.fileName(), connection -> {
                Instant now = Sql.now(connection);
                try (PreparedStatement insert = connection.prepareStatement("insert into submissions (id,"
                        + " organisation, schema_asked, channel, submitted_by, file_name, size_bytes, sha256,"
                        + " status, received_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, id);
                    insert.setString(2, upload.organisation());
                    insert.setString(3, schemaAsked);
                    insert.setString(4, upload.channel().label());
                    insert.setString(5, upload.submittedBy());
                    insert.setString(6, upload.fileName());
                    insert.setLong(7, upload.original().length);
                    insert.setString(8, sha256);
                    insert.setString(9, SubmissionStatus.RECEIVED.label());
                    Sql.setInstant(insert, 10, now);
                    Sql.setInstant(insert, 11, now);
                    insert.executeUpdate();
                }
                storeFile(connection, id, ORIGINAL, upload.original());
                return null;
            });
        } catch (StoreException e) {
            if (Sql.isUniqueViolation(e)) {
                return new Received.Existing(sameBytes(upload.organisation(), schemaAsked, sha256).orElseThrow(() -> e));
            }
            throw e;
        }
        return new Received.Created(find(id).orElseThrow());
    }

    public Optional<SubmissionRecord> find(String id) {
        return database.inTransaction("read submission " + id, connection ->
                one(connection, "select " + WITH_REPORT + " from submissions where id = ?", id, true));
    }

    public Optional<byte[]> original(String id) {
        return bytes(ORIGINAL, id);
    }

    public Optional<byte[]> annotated(String id) {
        return bytes(ANNOTATED, id);
    }

    /**
     * Claims a waiting submission for {@code workerId} until {@code lease} from now, and sets it
     * processing: first the oldest whose worker's lease ran out (it was received before anything
     * still waiting), then the oldest received.
     */
    public Optional<Claim> claimNext(String workerId, Duration lease) {
        return database.inTransaction("claim a submission", connection -> {
            Instant now = Sql.now(connection);
            Optional<String> next = oldest(connection, " and lease_until < ?", SubmissionStatus.PROCESSING, now);
            if (next.isEmpty()) {
                next = oldest(connection, "", SubmissionStatus.RECEIVED, null);
            }
            if (next.isEmpty()) {
                return Optional.empty();
            }
            String id = next.get();
            try (PreparedStatement claim = connection.prepareStatement("update submissions set status = ?,"
                    + " claimed_by = ?, claims = claims + 1, lease_until = ?, updated_at = ? where id = ?")) {
                claim.setString(1, SubmissionStatus.PROCESSING.label());
                claim.setString(2, workerId);
                Sql.setInstant(claim, 3, now.plus(lease));
                Sql.setInstant(claim, 4, now);
                claim.setString(5, id);
                claim.executeUpdate();
            }
            SubmissionRecord claimed = one(connection, "select " + COLUMNS + " from submissions where id = ?", id,
                    false).orElseThrow();
            return Optional.of(new Claim(claimed, file(connection, ORIGINAL, id).orElseThrow()));
        });
    }

    /**
     * The oldest unlocked submission in a status, locked for this transaction. One status a query, so
     * that the (status, seq) index finds it: an {@code or} of two statuses made both databases walk
     * every row, report and all, at each idle worker's poll.
     */
    private static Optional<String> oldest(Connection connection, String condition, SubmissionStatus status,
            Instant now) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select id from submissions where status = ?"
                + condition + " order by seq limit 1 for update skip locked")) {
            select.setString(1, status.label());
            if (now != null) {
                Sql.setInstant(select, 2, now);
            }
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** Extends the lease; false when the claim was lost (its lease ran out and another worker took it over). */
    public boolean renew(String id, String workerId, Duration lease) {
        return database.inTransaction("renew the lease on " + id, connection -> {
            Instant now = Sql.now(connection);
            try (PreparedStatement renew = connection.prepareStatement("update submissions set lease_until = ?"
                    + " where id = ? and claimed_by = ? and status = ?")) {
                Sql.setInstant(renew, 1, now.plus(lease));
                renew.setString(2, id);
                renew.setString(3, workerId);
                renew.setString(4, SubmissionStatus.PROCESSING.label());
                return renew.executeUpdate() == 1;
            }
        });
    }

    public void progress(String id, long rowsRead, long rowsTotal) {
        database.inTransaction("record progress on " + id, connection -> {
            try (PreparedStatement progress = connection.prepareStatement("update submissions set rows_read = ?,"
                    + " rows_total = ? where id = ?")) {
                progress.setLong(1, rowsRead);
                progress.setLong(2, rowsTotal);
                progress.setString(3, id);
                return progress.executeUpdate();
            }
        });
    }

    /**
     * Records how the work ended, in one transaction with the observations it adds to the history.
     * An annotated return that gives a key its organisation already holds another value is recorded
     * as awaiting confirmation instead, its observations held (none current) and the changes listed,
     * so that a figure already reported is never overwritten silently. Nothing is recorded when
     * {@code workerId} no longer holds the claim: the worker that took it over records its own outcome.
     *
     * @return false when the claim had been lost
     */
    public boolean finish(String id, String workerId, Outcome outcome) {
        return database.inTransaction("record the outcome of " + id, connection -> {
            Instant now = Sql.now(connection);
            List<ObservationChange> changes = outcome.status() == SubmissionStatus.ANNOTATED
                    ? ObservationHistory.changes(connection, organisation(connection, id), outcome.accepted())
                    : List.of();
            SubmissionStatus status = changes.isEmpty() ? outcome.status() : SubmissionStatus.AWAITING_CONFIRMATION;
            try (PreparedStatement finish = connection.prepareStatement("update submissions set status = ?,"
                    + " schema_id = ?, latest_period = ?, annotated_name = ?,"
                    + " error_kind = ?, error = ?, lease_until = null, updated_at = ?"
                    + " where id = ? and claimed_by = ? and status = ?")) {
                finish.setString(1, status.label());
                finish.setString(2, outcome.schemaId());
                finish.setString(3, outcome.period());
                finish.setString(4, outcome.annotatedName());
                finish.setString(5, outcome.errorKind());
                finish.setString(6, outcome.error());
                Sql.setInstant(finish, 7, now);
                finish.setString(8, id);
                finish.setString(9, workerId);
                finish.setString(10, SubmissionStatus.PROCESSING.label());
                if (finish.executeUpdate() != 1) {
                    return false;
                }
            }
            if (outcome.reportJson() != null) {
                try (PreparedStatement report = connection.prepareStatement("insert into submission_reports"
                        + " (submission_id, report_json) values (?, ?)")) {
                    report.setString(1, id);
                    report.setString(2, outcome.reportJson());
                    report.executeUpdate();
                }
            }
            if (outcome.annotated() != null) {
                storeFile(connection, id, ANNOTATED, outcome.annotated());
            }
            if (changes.isEmpty()) {
                ObservationHistory.add(connection, outcome.accepted());
            } else {
                ObservationHistory.hold(connection, id, outcome.accepted(), changes);
            }
            return true;
        });
    }

    /**
     * The submitter's yes to a return awaiting confirmation: its observations become current, as
     * any annotated return's do, and it is annotated.
     *
     * @return false when it was not awaiting confirmation (already decided, or never held)
     */
    public boolean confirm(String id) {
        return database.inTransaction("confirm " + id, connection -> {
            if (!decide(connection, id, SubmissionStatus.ANNOTATED)) {
                return false;
            }
            ObservationHistory.makeCurrent(connection, id);
            return true;
        });
    }

    /**
     * The submitter's no: the return is withdrawn and none of its observations ever become current;
     * its report, workbook and changes stay, for the audit trail.
     *
     * @return false when it was not awaiting confirmation
     */
    public boolean withdraw(String id) {
        return database.inTransaction("withdraw " + id, connection -> decide(connection, id, SubmissionStatus.WITHDRAWN));
    }

    /** What a return awaiting confirmation would change (kept once decided); empty for any other. */
    public List<ObservationChange> changes(String id) {
        return database.inTransaction("read the changes of " + id, connection ->
                ObservationHistory.changesOf(connection, id));
    }

    /** Moves a submission on from awaiting confirmation; false, changing nothing, when it was elsewhere (or already moved by a concurrent decision). */
    private static boolean decide(Connection connection, String id, SubmissionStatus decided) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update submissions set status = ?,"
                + " updated_at = ? where id = ? and status = ?")) {
            update.setString(1, decided.label());
            Sql.setInstant(update, 2, Sql.now(connection));
            update.setString(3, id);
            update.setString(4, SubmissionStatus.AWAITING_CONFIRMATION.label());
            return update.executeUpdate() == 1;
        }
    }

    private static String organisation(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select organisation from submissions"
                + " where id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new SQLException("no submission " + id);
                }
                return rows.getString(1);
            }
        }
    }

    /** Newest first. */
    public Page<SubmissionRecord> list(SubmissionFilter filter, int page, int size) {
        List<String> conditions = new ArrayList<>();
        List<String> values = new ArrayList<>();
        narrow(conditions, values, "organisation = ?", filter.organisation());
        narrow(conditions, values, "coalesce(schema_id, schema_asked) = ?", filter.schemaId());
        narrow(conditions, values, "latest_period = ?", filter.period());
        narrow(conditions, values, "status = ?", filter.status() == null ? null : filter.status().label());
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return database.inTransaction("list submissions", connection -> {
            long total;
            try (PreparedStatement count = bind(connection.prepareStatement("select count(*) from submissions"
                    + where), values); ResultSet rows = count.executeQuery()) {
                rows.next();
                total = rows.getLong(1);
            }
            List<SubmissionRecord> items = new ArrayList<>();
            try (PreparedStatement select = bind(connection.prepareStatement("select " + COLUMNS
                    + " from submissions" + where + " order by seq desc limit " + size + " offset "
                    + (long) (page - 1) * size), values); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(record(rows, false));
                }
            }
            return new Page<>(items, page, size, total);
        });
    }

    /**
     * The latest annotated submission of each organisation for a schema, received from {@code from}
     * (inclusive) until {@code until} (exclusive), by organisation; either bound may be null. Latest is
     * the last received, so a revision sent after the first return replaces it. Without the reports,
     * which run to tens of megabytes each: read them one at a time with {@link #find}.
     */
    public List<SubmissionRecord> latestAnnotated(String schemaId, Instant from, Instant until) {
        String bounds = (from == null ? "" : " and received_at >= ?") + (until == null ? "" : " and received_at < ?");
        return database.inTransaction("find the latest annotated return of each organisation", connection -> {
            try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from (select "
                    + COLUMNS + ", row_number() over (partition by organisation order by seq desc) as newest"
                    + " from submissions where status = ? and schema_id = ?" + bounds + ") latest"
                    + " where newest = 1 order by organisation")) {
                int index = 1;
                select.setString(index++, SubmissionStatus.ANNOTATED.label());
                select.setString(index++, schemaId);
                if (from != null) {
                    Sql.setInstant(select, index++, from);
                }
                if (until != null) {
                    Sql.setInstant(select, index, until);
                }
                List<SubmissionRecord> latest = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        latest.add(record(rows, false));
                    }
                }
                return latest;
            }
        });
    }

    private static void narrow(List<String> conditions, List<String> values, String condition, String value) {
        if (value != null) {
            conditions.add(condition);
            values.add(value);
        }
    }

    private static PreparedStatement bind(PreparedStatement statement, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setString(i + 1, values.get(i));
        }
        return statement;
    }

    private Optional<SubmissionRecord> sameBytes(String organisation, String schemaAsked, String sha256) {
        return database.inTransaction("look for an identical upload", connection -> {
            try (PreparedStatement select = connection.prepareStatement("select " + WITH_REPORT + " from submissions"
                    + " where organisation = ? and schema_asked = ? and sha256 = ?")) {
                select.setString(1, organisation);
                select.setString(2, schemaAsked);
                select.setString(3, sha256);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(record(rows, true)) : Optional.<SubmissionRecord>empty();
                }
            }
        });
    }

    private Optional<byte[]> bytes(String kind, String id) {
        return database.inTransaction("read the " + kind + " of " + id, connection -> file(connection, kind, id));
    }

    private static Optional<byte[]> file(Connection connection, String kind, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select content from submission_files"
                + " where submission_id = ? and kind = ?")) {
            select.setString(1, id);
            select.setString(2, kind);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.empty();
            }
        }
    }

    private static void storeFile(Connection connection, String id, String kind, byte[] content) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into submission_files (submission_id,"
                + " kind, content) values (?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, kind);
            insert.setBytes(3, content);
            insert.executeUpdate();
        }
    }

    private static Optional<SubmissionRecord> one(Connection connection, String sql, String id, boolean withReport)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(record(rows, withReport)) : Optional.empty();
            }
        }
    }

    private static SubmissionRecord record(ResultSet rows, boolean withReport) throws SQLException {
        String detected = rows.getString("schema_id");
        String asked = rows.getString("schema_asked");
        return new SubmissionRecord(
                rows.getString("id"),
                rows.getString("organisation"),
                detected != null ? detected : asked.isEmpty() ? null : asked,
                Channel.parse(rows.getString("channel")).orElseThrow(),
                rows.getString("submitted_by"),
                rows.getString("file_name"),
                rows.getLong("size_bytes"),
                rows.getString("sha256"),
                SubmissionStatus.parse(rows.getString("status")).orElseThrow(),
                Sql.getInstant(rows, "received_at"),
                Sql.getInstant(rows, "updated_at"),
                rows.getString("claimed_by"),
                rows.getLong("rows_read"),
                rows.getLong("rows_total"),
                rows.getString("latest_period"),
                withReport ? rows.getString("report_json") : null,
                rows.getString("annotated_name"),
                rows.getString("error_kind"),
                rows.getString("error"));
    }

    /** The hex SHA-256 that identical uploads (and messages without a Message-ID) are known by. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
