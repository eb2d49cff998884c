package org.ragbook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The messages taken from the mailbox and the replies to them. Each step of a message's way is
 * written here before the mailbox is touched for it — kept, then settled with its submissions, then
 * moved, then a reply queued, then sent — so that whatever step a crash interrupts is done once
 * after the restart, and none twice.
 */
public final class MailMessages {

    private final Database database;

    public MailMessages(Database database) {
        this.database = database;
    }

    /** Keeps the message whole; false when one with this key was kept before. */
    public boolean keep(String key, String messageId, String sender, String subject, byte[] raw) {
        return database.unlessTaken("keep the message " + key, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into mail_messages (message_key,"
                    + " message_id, sender, subject, received_at, raw) values (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, key);
                insert.setString(2, messageId);
                insert.setString(3, clip(sender, 320));
                insert.setString(4, clip(subject, 1000));
                Sql.setInstant(insert, 5, Sql.now(connection));
                insert.setBytes(6, raw);
                insert.executeUpdate();
                return true;
            }
        });
    }

    public Optional<StoredMail> find(String key) {
        return database.inTransaction("read the message " + key, connection -> {
            try (PreparedStatement select = connection.prepareStatement("select message_key, sender, subject,"
                    + " outcome, reason, moved_at, reply_queued from mail_messages where message_key = ?")) {
                select.setString(1, key);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.<StoredMail>empty();
                    }
                    String outcome = rows.getString("outcome");
                    return Optional.of(new StoredMail(key, rows.getString("sender"), rows.getString("subject"),
                            outcome == null ? null : MailOutcome.parse(outcome).orElseThrow(),
                            rows.getString("reason"), rows.getObject("moved_at") != null,
                            rows.getBoolean("reply_queued"), submissions(connection, key)));
                }
            }
        });
    }

    public Optional<byte[]> raw(String key) {
        return database.inTransaction("read the message " + key, connection -> {
            try (PreparedStatement select = connection.prepareStatement("select raw from mail_messages"
                    + " where message_key = ?")) {
                select.setString(1, key);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.<byte[]>empty();
                }
            }
        });
    }

    /** Records how the message ended and the submissions made from it, in one transaction. */
    public void settle(String key, MailOutcome outcome, String reason, List<String> submissionIds) {
        database.inTransaction("settle the message " + key, connection -> {
            try (PreparedStatement clear = connection.prepareStatement("delete from mail_message_submissions"
                    + " where message_key = ?")) {
                clear.setString(1, key);
                clear.executeUpdate();
            }
            try (PreparedStatement link = connection.prepareStatement("insert into mail_message_submissions"
                    + " (message_key, position, submission_id) values (?, ?, ?)")) {
                for (int i = 0; i < submissionIds.size(); i++) {
                    link.setString(1, key);
                    link.setInt(2, i);
                    link.setString(3, submissionIds.get(i));
                    link.addBatch();
                }
                link.executeBatch();
            }
            try (PreparedStatement settle = connection.prepareStatement("update mail_messages set outcome = ?,"
                    + " reason = ? where message_key = ?")) {
                settle.setString(1, outcome.label());
                settle.setString(2, reason);
                settle.setString(3, key);
                settle.executeUpdate();
            }
            return null;
        });
    }

    public void moved(String key) {
        update("record the move of " + key, "update mail_messages set moved_at = current_timestamp"
                + " where message_key = ?", key);
    }

    /** Settled messages with no reply composed yet, oldest first. */
    public List<String> awaitingReply() {
        return database.inTransaction("list messages awaiting a reply", connection -> {
            try (PreparedStatement select = connection.prepareStatement("select message_key from mail_messages"
                    + " where outcome is not null and reply_queued = false order by received_at");
                    ResultSet rows = select.executeQuery()) {
                List<String> keys = new ArrayList<>();
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
                return keys;
            }
        });
    }

    /**
     * Puts the reply in the outbox, or records that none is due ({@code raw} null: mail that must
     * not be answered, such as an automatic reply). Either way the message is not composed for again.
     */
    public void queueReply(String key, String recipient, byte[] raw) {
        database.inTransaction("queue the reply to " + key, connection -> {
            if (raw != null) {
                try (PreparedStatement insert = connection.prepareStatement("insert into mail_outbox (message_key,"
                        + " recipient, raw, queued_at) values (?, ?, ?, ?)")) {
                    insert.setString(1, key);
                    insert.setString(2, recipient);
                    insert.setBytes(3, raw);
                    Sql.setInstant(insert, 4, Sql.now(connection));
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement queued = connection.prepareStatement("update mail_messages set reply_queued = true"
                    + " where message_key = ?")) {
                queued.setString(1, key);
                queued.executeUpdate();
            }
            return null;
        });
    }

    /** Replies the SMTP server has not accepted yet, oldest first. */
    public List<OutboxEntry> unsent() {
        return database.inTransaction("read the outbox", connection -> {
            try (PreparedStatement select = connection.prepareStatement("select message_key, recipient, raw, attempts"
                    + " from mail_outbox where sent_at is null order by queued_at");
                    ResultSet rows = select.executeQuery()) {
                List<OutboxEntry> entries = new ArrayList<>();
                while (rows.next()) {
                    entries.add(new OutboxEntry(rows.getString(1), rows.getString(2), rows.getBytes(3), rows.getInt(4)));
                }
                return entries;
            }
        });
    }

    public void sent(String key) {
        update("mark the reply to " + key + " sent", "update mail_outbox set sent_at = current_timestamp,"
                + " attempts = attempts + 1, last_error = null where message_key = ?", key);
    }

    public void sendFailed(String key, String error) {
        database.inTransaction("record a failed send to " + key, connection -> {
            try (PreparedStatement failed = connection.prepareStatement("update mail_outbox set attempts = attempts + 1,"
                    + " last_error = ? where message_key = ?")) {
                failed.setString(1, error);
                failed.setString(2, key);
                failed.executeUpdate();
            }
            return null;
        });
    }

    private void update(String what, String sql, String key) {
        database.inTransaction(what, connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                update.setString(1, key);
                update.executeUpdate();
            }
            return null;
        });
    }

    private static List<String> submissions(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select submission_id from"
                + " mail_message_submissions where message_key = ? order by position")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                List<String> ids = new ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
                return ids;
            }
        }
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
