package org.ragbook.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jetty.http.HttpException;
import org.ragbook.store.SubmissionRecord;
import org.ragbook.store.SubmissionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every error to one problem+json answer, once for all routes. A rejected return is the
 * client's to fix (422 with the reader's or validator's message); an unexpected exception is ours,
 * so the client gets a generic 500 and the stack trace goes to the server log only.
 */
final class Problems {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    static void addTo(RoutesConfig routes) {
        routes.exception(UnannotatedSubmissionException.class, (e, ctx) -> send(ctx, unannotated(e.submission(), ctx)));
        routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, plain(e.getStatus(), e.getMessage(), ctx)));
        routes.exception(Exception.class, (e, ctx) -> {
            Optional<HttpException> unreadableRequest = clientError(e);
            if (unreadableRequest.isPresent()) {
                send(ctx, plain(unreadableRequest.get().getCode(), "The request body could not be read: "
                        + unreadableRequest.get().getReason() + ".", ctx));
                return;
            }
            LOG.error("Unexpected error answering {} {}", ctx.method(), ctx.path(), e);
            send(ctx, plain(500, "Ragbook failed unexpectedly while handling this request. The error is in the"
                    + " server log.", ctx));
        });
    }

    /** Jetty's verdict on a malformed request (such as a broken multipart body), wherever it is wrapped. */
    private static Optional<HttpException> clientError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return Optional.of(http);
            }
        }
        return Optional.empty();
    }

    /** Rejected: the reader's or schema catalogue's message, typed by its kind. Failed: Ragbook's own fault. */
    private static Problem unannotated(SubmissionRecord s, Context ctx) {
        String kept = " The upload is kept as submission " + s.id() + ".";
        if (s.status() == SubmissionStatus.REJECTED) {
            return new Problem("urn:ragbook:problem:" + s.errorKind(), title(s.errorKind()),
                    HttpStatus.UNPROCESSABLE_CONTENT.getCode(), s.error() + kept, ctx.path());
        }
        return plain(500, s.error() + kept, ctx);
    }

    private static Problem plain(int status, String detail, Context ctx) {
        return new Problem("about:blank", HttpStatus.forStatus(status).getMessage(), status, detail, ctx.path());
    }

    private static void send(Context ctx, Problem problem) {
        ctx.status(problem.status()).json(problem).contentType(Problem.MEDIA_TYPE);
    }

    /** {@code unreadable-file} → {@code Unreadable file}. */
    private static String title(String kind) {
        String words = kind.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
