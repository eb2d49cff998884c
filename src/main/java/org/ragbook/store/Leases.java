package org.ragbook.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;

/**
 * Named leases for work that one replica at a time may do, such as reading the mailbox: taken when
 * free or run out, renewed by the holder, and compared with the database's clock, not a replica's.
 */
public final class Leases {

    private final Database database;

    public Leases(Database database) {
        this.database = database;
    }

    /** Takes or renews the lease; false when another holder's lease has not run out. */
    public boolean hold(String name, String holder, Duration lease) {
        return database.unlessTaken("hold the lease " + name, connection -> {
            Instant now = Sql.now(connection);
            try (PreparedStatement take = connection.prepareStatement("update leases set holder = ?,"
                    + " lease_until = ? where name = ? and (holder = ? or lease_until < ?)")) {
                take.setString(1, holder);
                Sql.setInstant(take, 2, now.plus(lease));
                take.setString(3, name);
                take.setString(4, holder);
                Sql.setInstant(take, 5, now);
                if (take.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement exists = connection.prepareStatement("select 1 from leases where name = ?")) {
                exists.setString(1, name);
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into leases (name, holder,"
                    + " lease_until) values (?, ?, ?)")) {
                insert.setString(1, name);
                insert.setString(2, holder);
                Sql.setInstant(insert, 3, now.plus(lease));
                insert.executeUpdate();
                return true;
            }
        });
    }

    /** Gives the lease up at a clean stop, so another replica need not wait for it to run out. */
    public void release(String name, String holder) {
        database.inTransaction("release the lease " + name, connection -> {
            try (PreparedStatement release = connection.prepareStatement("delete from leases where name = ?"
                    + " and holder = ?")) {
                release.setString(1, name);
                release.setString(2, holder);
                release.executeUpdate();
            }
            return null;
        });
    }
}
