package org.ragbook.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.ragbook.store.Role;
import org.ragbook.store.SubmissionRecord;
import org.ragbook.store.User;

/**
 * Who may do what, in one place. Submitters send and read their own organisation's returns; leads
 * read every organisation's; admins do everything, users included. A submission a user may not see
 * is answered as if it did not exist, so ids cannot be probed for other organisations' returns.
 */
final class Access {

    private Access() {
    }

    static User require(Context ctx, Role... allowed) {
        User user = Authentication.user(ctx);
        if (Arrays.asList(allowed).contains(user.role())) {
            return user;
        }
        throw new ForbiddenResponse("Your role (" + user.role().label() + ") cannot do this; it needs "
                + Arrays.stream(allowed).map(Role::label).collect(Collectors.joining(" or ")) + ".");
    }

    static boolean canSee(User user, SubmissionRecord submission) {
        return user.role() != Role.SUBMITTER || user.organisation().equals(submission.organisation());
    }

    /** The organisation a list is limited to: a submitter's own, whatever was asked; anyone else's choice. */
    static String listedOrganisation(User user, String asked) {
        return user.role() == Role.SUBMITTER ? user.organisation() : asked;
    }
}
