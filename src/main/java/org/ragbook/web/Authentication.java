package org.ragbook.web;

import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.util.Locale;
import java.util.Optional;
import org.ragbook.store.User;
import org.ragbook.store.Users;

/**
 * Every API call, the API description included, carries {@code Authorization: Bearer TOKEN}; the
 * token names its user. Only the health check and the page itself (where people sign in) are open,
 * so that a load balancer and a browser before sign-in can reach them.
 */
final class Authentication {

    private static final String USER = "ragbook.user";

    private final Users users;

    Authentication(Users users) {
        this.users = users;
    }

    /** Runs before every request: one to the API without a valid token goes no further. */
    void check(Context ctx) {
        boolean guarded = ctx.path().startsWith("/api/") || ctx.path().equals(OpenApi.PATH);
        if (!guarded) {
            return;
        }
        String token = bearerToken(ctx).orElseThrow(() -> unauthorized(ctx, "Sign in: send the header"
                + " 'Authorization: Bearer <token>' with the token your administrator gave you."));
        User user = users.byToken(token).orElseThrow(() -> unauthorized(ctx, "The token is not recognised. It may"
                + " have been mistyped or replaced; ask your administrator for a new one."));
        ctx.attribute(USER, user);
    }

    static User user(Context ctx) {
        User user = ctx.attribute(USER);
        if (user == null) {
            throw new IllegalStateException("no signed-in user on an authenticated route: " + ctx.path());
        }
        return user;
    }

    private static Optional<String> bearerToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
            return Optional.empty();
        }
        String token = header.substring("bearer ".length()).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    private static UnauthorizedResponse unauthorized(Context ctx, String message) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"ragbook\"");
        return new UnauthorizedResponse(message);
    }
}
