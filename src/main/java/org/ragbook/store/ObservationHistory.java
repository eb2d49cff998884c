package org.ragbook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The observations accepted from annotated returns, per indicator, area, sex, age and period. A
 * later return that gives a period again supersedes the earlier figure: the earlier row is kept,
 * no longer current, so the audit trail shows what was said when. A return that gives one of its
 * organisation's current keys another value is held, none of its observations current, until its
 * submitter confirms it.
 */
public final class ObservationHistory {

    private static final String COLUMNS = "submission_id, indicator_id, area_code, area_name, sex, age, time_period,"
            + " obs_value, lower_ci95, upper_ci95, lower_ci998, upper_ci998, event_count, denominator";

    private final Database database;

    public ObservationHistory(Database database) {
        this.database = database;
    }

    /**
     * The current observations of these series. Read an indicator at a time, not a series at a time:
     * a large return continues tens of thousands of series of a handful of indicators.
     */
    public List<StoredObservation> current(Collection<SeriesKey> keys) {
        Set<SeriesKey> wanted = new HashSet<>(keys);
        Set<String> indicators = new HashSet<>();
        keys.forEach(key -> indicators.add(key.indicatorId()));
        return database.inTransaction("read the stored history", connection -> {
            List<StoredObservation> found = new ArrayList<>();
            for (String indicator : indicators) {
                for (StoredObservation o : select(connection, "indicator_id = ?", List.of(indicator))) {
                    if (wanted.contains(new SeriesKey(o.indicatorId(), o.areaCode(), o.sex(), o.age()))) {
                        found.add(o);
                    }
                }
            }
            return found;
        });
    }

    /** Every current observation of an indicator for an area, by sex, age and then period. */
    public List<StoredObservation> series(String indicatorId, String areaCode) {
        return database.inTransaction("read a series", connection ->
                select(connection, "indicator_id = ? and area_code = ?", List.of(indicatorId, areaCode)));
    }

    /** Adds accepted observations, superseding the current figure of each one's period. */
    static void add(Connection connection, List<StoredObservation> accepted) throws SQLException {
        if (accepted.isEmpty()) {
            return;
        }
        try (PreparedStatement supersede = connection.prepareStatement("update observations set is_current = false"
                + " where indicator_id = ? and area_code = ? and sex = ? and age = ? and time_period = ?"
                + " and is_current = true")) {
            for (StoredObservation o : accepted) {
                supersede.setString(1, o.indicatorId());
                supersede.setString(2, o.areaCode());
                supersede.setString(3, o.sex());
                supersede.setString(4, o.age());
                supersede.setString(5, o.period());
                supersede.addBatch();
            }
            supersede.executeBatch();
        }
        insert(connection, accepted, true);
    }

    /**
     * Keeps the observations of a return awaiting confirmation, none of them current: they are its
     * submitter's to confirm ({@link #makeCurrent}) or withdraw, and until then the history is as it was.
     */
    static void hold(Connection connection, String submissionId, List<StoredObservation> accepted,
            List<ObservationChange> changes) throws SQLException {
        insert(connection, accepted, false);
        try (PreparedStatement insert = connection.prepareStatement("insert into observation_changes (submission_id,"
                + " indicator_id, area_code, sex, age, time_period, stored_value, sent_value)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ObservationChange c : changes) {
                insert.setString(1, submissionId);
                insert.setString(2, c.indicatorId());
                insert.setString(3, c.areaCode());
                insert.setString(4, c.sex());
                insert.setString(5, c.age());
                insert.setString(6, c.period());
                Sql.setDouble(insert, 7, c.stored());
                Sql.setDouble(insert, 8, c.sent());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** A held return's observations become current, superseding what was current for each of their keys. */
    static void makeCurrent(Connection connection, String submissionId) throws SQLException {
        try (PreparedStatement supersede = connection.prepareStatement("update observations set is_current = false"
                + " where is_current = true and (indicator_id, area_code, sex, age, time_period) in (select"
                + " indicator_id, area_code, sex, age, time_period from observations where submission_id = ?)");
                PreparedStatement current = connection.prepareStatement("update observations set is_current = true"
                        + " where submission_id = ?")) {
            supersede.setString(1, submissionId);
            supersede.executeUpdate();
            current.setString(1, submissionId);
            current.executeUpdate();
        }
    }

    /**
     * The keys among {@code accepted} for which the organisation's current observation has another
     * value. Read an indicator at a time, as {@link #current} is, for the same reason.
     */
    static List<ObservationChange> changes(Connection connection, String organisation,
            List<StoredObservation> accepted) throws SQLException {
        Map<String, StoredObservation> sent = new LinkedHashMap<>();
        accepted.forEach(o -> sent.put(key(o), o));
        Set<String> indicators = new LinkedHashSet<>();
        accepted.forEach(o -> indicators.add(o.indicatorId()));
        List<ObservationChange> changes = new ArrayList<>();
        for (String indicator : indicators) {
            for (StoredObservation stored : select(connection, "indicator_id = ? and submission_id in (select s.id"
                    + " from submissions s where s.organisation = ?)", List.of(indicator, organisation))) {
                StoredObservation again = sent.get(key(stored));
                if (again != null && !Objects.equals(again.value(), stored.value())) {
                    changes.add(new ObservationChange(stored.indicatorId(), stored.areaCode(), stored.sex(),
                            stored.age(), stored.period(), stored.value(), again.value()));
                }
            }
        }
        return changes;
    }

    /** What a return awaiting confirmation would change (or, once decided, would have), in the order found. */
    static List<ObservationChange> changesOf(Connection connection, String submissionId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select indicator_id, area_code, sex, age,"
                + " time_period, stored_value, sent_value from observation_changes where submission_id = ?"
                + " order by id")) {
            select.setString(1, submissionId);
            List<ObservationChange> changes = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    changes.add(new ObservationChange(rows.getString("indicator_id"), rows.getString("area_code"),
                            rows.getString("sex"), rows.getString("age"), rows.getString("time_period"),
                            Sql.getDouble(rows, "stored_value"), Sql.getDouble(rows, "sent_value")));
                }
            }
            return changes;
        }
    }

    private static String key(StoredObservation o) {
        return o.indicatorId() + "|" + o.areaCode() + "|" + o.sex() + "|" + o.age() + "|" + o.period();
    }

    private static void insert(Connection connection, List<StoredObservation> observations, boolean current)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into observations (" + COLUMNS
                + ", is_current) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StoredObservation o : observations) {
                bindInsert(insert, o);
                insert.setBoolean(15, current);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void bindInsert(PreparedStatement insert, StoredObservation o) throws SQLException {
        insert.setString(1, o.submissionId());
        insert.setString(2, o.indicatorId());
        insert.setString(3, o.areaCode());
        insert.setString(4, o.areaName());
        insert.setString(5, o.sex());
        insert.setString(6, o.age());
        insert.setString(7, o.period());
        Sql.setDouble(insert, 8, o.value());
        Sql.setDouble(insert, 9, o.lowerCi95());
        Sql.setDouble(insert, 10, o.upperCi95());
        Sql.setDouble(insert, 11, o.lowerCi998());
        Sql.setDouble(insert, 12, o.upperCi998());
        Sql.setDouble(insert, 13, o.count());
        Sql.setDouble(insert, 14, o.denominator());
    }

    private static List<StoredObservation> select(Connection connection, String condition, List<String> values)
            throws SQLException {
        List<StoredObservation> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from observations where "
                + condition + " and is_current = true order by sex, age, time_period, id")) {
            for (int i = 0; i < values.size(); i++) {
                select.setString(i + 1, values.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new StoredObservation(rows.getString("submission_id"), rows.getString("indicator_id"),
                            rows.getString("area_code"), rows.getString("area_name"), rows.getString("sex"),
                            rows.getString("age"), rows.getString("time_period"), Sql.getDouble(rows, "obs_value"),
                            Sql.getDouble(rows, "lower_ci95"), Sql.getDouble(rows, "upper_ci95"),
                            Sql.getDouble(rows, "lower_ci998"), Sql.getDouble(rows, "upper_ci998"),
                            Sql.getDouble(rows, "event_count"), Sql.getDouble(rows, "denominator")));
                }
            }
        }
        return found;
    }
}
