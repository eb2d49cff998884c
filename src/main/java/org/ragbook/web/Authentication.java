package org.ragbook.web;

import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ragbook.store.User;
import org.ragbook.store.Users;

/**
 * Every API call carries {@code Authorization: Bearer TOKEN}; the token names its user. Only the
 * health check, the page itself and the API description are open, so that a load balancer, a
 * browser before sign-in and a client generator can reach them.
 */
final class Authentication {

    private static final String USER = "ragbook.user";
    private static final Set<String> OPEN = Set.of("/health", "/openapi.json");

    private final Users users;

    Authentication(Users users) {
        this.users = users;
    }

    /** Runs before every /api route: a request without a valid token goes no further. */
    void check(Context ctx) {
        if (OPEN.contains(ctx.path()) || !ctx.path().startsWith("/api/")) {
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
