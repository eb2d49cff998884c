package org.ragbook.service;

import java.io.PrintWriter;
import org.ragbook.config.RagbookConfig;
import org.ragbook.store.NewUser;
import org.ragbook.store.Role;
import org.ragbook.store.Users;

/**
 * A new, empty database has no one who could add users, so the first start creates an admin and
 * prints its token, once: the token is stored only as a hash and cannot be shown again.
 */
final class FirstAdmin {

    private FirstAdmin() {
    }

    static void ensure(Users users, RagbookConfig config, PrintWriter out) {
        if (users.count() > 0) {
            return;
        }
        NewUser admin;
        try {
            admin = users.add(config.adminName(), config.adminOrganisation(), Role.ADMIN);
        } catch (IllegalArgumentException anotherReplicaWasFirst) {
            return;
        }
        out.println("Created the first user, admin '" + admin.user().name() + "' of " + admin.user().organisation()
                + ". Their token is shown only now; keep it safe:");
        out.println("  " + admin.token());
        out.println("Sign in to the web page with it, and add users with: ragbook user add --org ORG --role ROLE NAME");
        out.flush();
    }
}
