package org.ragbook.store;

import java.util.Optional;

/** What a user may do; the web package's Access says exactly what each allows. */
public enum Role {
    SUBMITTER, LEAD, ADMIN;

    /** As written in the database, the API and the CLI: lower case. */
    public String label() {
        return Labelled.label(this);
    }

    public static Optional<Role> parse(String text) {
        return Labelled.parse(Role.class, text);
    }
}
