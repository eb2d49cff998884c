package org.ragbook.store;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The people who may use the service. A token is 32 random bytes shown once, when the user is
 * added; only its SHA-256 is stored, so a copy of the database signs no one in.
 */
public final class Users {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TOKEN_PREFIX = "rb_";
    /** Enough to catch a name typed where the address belongs; the mailbox is the real judge. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+");
    private static final String COLUMNS = "id, name, organisation, user_role, email";

    private final Database database;

    public Users(Database database) {
        this.database = database;
    }

    /** A user who signs in with a token only, and cannot submit by email. */
    public NewUser add(String name, String organisation, Role role) {
        return add(name, organisation, role, null);
    }

    /**
     * @param email an address mail from which counts as this user's submission, or null; stored in
     *              lower case, as addresses are compared without regard to case
     * @throws IllegalArgumentException when a user of that name or address exists, or the address is not one
     */
    public NewUser add(String name, String organisation, Role role, String email) {
        String address = email == null ? null : normalised(email);
        if (address != null && !ADDRESS.matcher(address).matches()) {
            throw new IllegalArgumentException("'" + email + "' is not an email address.");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        try {
            long id = database.inTransaction("add user " + name, connection -> {
                try (PreparedStatement insert = connection.prepareStatement("insert into users (name, organisation,"
                        + " user_role, token_hash, email) values (?, ?, ?, ?, ?)", new String[] {"id"})) {
                    insert.setString(1, name);
                    insert.setString(2, organisation);
                    insert.setString(3, role.label());
                    insert.setString(4, hash(token));
                    insert.setString(5, address);
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        return keys.getLong(1);
                    }
                }
            });
            return new NewUser(new User(id, name, organisation, role, address), token);
        } catch (StoreException e) {
            if (Sql.isUniqueViolation(e)) {
                throw new IllegalArgumentException(e.getCause().getMessage().toLowerCase(Locale.ROOT).contains("users_email_unique")
                        ? "There is already a user with the address " + address + "."
                        : "There is already a user called '" + name + "'.", e);
            }
            throw e;
        }
    }

    /** The user whose address this is, whatever its case; mail from anyone else is not processed. */
    public Optional<User> byEmail(String email) {
        return one("find the user of an address", "email = ?", normalised(email));
    }

    public Optional<User> byToken(String token) {
        return one("check a token", "token_hash = ?", hash(token));
    }

    private Optional<User> one(String what, String condition, String parameter) {
        return database.inTransaction(what, connection -> {
            try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from users where "
                    + condition)) {
                select.setString(1, parameter);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next()
                            ? Optional.of(new User(rows.getLong("id"), rows.getString("name"),
                                    rows.getString("organisation"), Role.parse(rows.getString("user_role")).orElseThrow(),
                                    rows.getString("email")))
                            : Optional.<User>empty();
                }
            }
        });
    }

    private static String normalised(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    public long count() {
        return database.inTransaction("count users", connection -> {
            try (PreparedStatement count = connection.prepareStatement("select count(*) from users");
                    ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /**
     * The organisations that send returns: those with a submitter, by name. A lead's or an admin's own
     * organisation is not among them unless it has a submitter too: it reads others' returns.
     */
    public List<String> submittingOrganisations() {
        return database.inTransaction("list the submitting organisations", connection -> {
            try (PreparedStatement select = connection.prepareStatement("select distinct organisation from users"
                    + " where user_role = ? order by organisation")) {
                select.setString(1, Role.SUBMITTER.label());
                List<String> organisations = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        organisations.add(rows.getString(1));
                    }
                }
                return organisations;
            }
        });
    }

    private static String hash(String token) {
        return Submissions.sha256(token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
