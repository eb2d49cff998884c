package org.ragbook.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.ragbook.store.NewUser;
import org.ragbook.store.Role;
import org.ragbook.store.User;
import org.ragbook.store.Users;

/** Who is signed in, and (for admins) adding users; a new user's token is shown once, here. */
final class UserRoutes {

    private final Users users;

    UserRoutes(Users users) {
        this.users = users;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/api/me", ctx -> ctx.json(view(Authentication.user(ctx))));
        routes.post("/api/users", this::add);
    }

    record UserView(String name, String organisation, String role, String email) {
    }

    record NewUserView(String name, String organisation, String role, String email, String token) {
    }

    private static UserView view(User user) {
        return new UserView(user.name(), user.organisation(), user.role().label(), user.email());
    }

    private void add(Context ctx) {
        Access.require(ctx, Role.ADMIN);
        Map<?, ?> body = ctx.bodyAsClass(Map.class);
        String name = text(body, "name");
        String organisation = text(body, "organisation");
        Role role = Role.parse(text(body, "role")).orElseThrow(() ->
                new BadRequestResponse("'role' must be submitter, lead or admin."));
        Object email = body.get("email");
        if (email != null && !(email instanceof String)) {
            throw new BadRequestResponse("'email' must be a string: the address the user may submit from by email.");
        }
        NewUser added;
        try {
            added = users.add(name, organisation, role, email == null || ((String) email).isBlank() ? null
                    : (String) email);
        } catch (IllegalArgumentException taken) {
            throw new BadRequestResponse(taken.getMessage());
        }
        ctx.status(HttpStatus.CREATED).json(new NewUserView(added.user().name(), added.user().organisation(),
                added.user().role().label(), added.user().email(), added.token()));
    }

    private static String text(Map<?, ?> body, String field) {
        Object value = body.get(field);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new BadRequestResponse("The JSON body needs a '" + field + "' (name, organisation and role).");
        }
        return text.trim();
    }
}
