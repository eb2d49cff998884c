package org.ragbook.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Sends a file as a download under the name the analyst will see in their downloads folder. */
final class Downloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String ZIP = "application/zip";

    private Downloads() {
    }

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static void docx(Context ctx, String fileName) {
        ctx.contentType(DOCX).header("Content-Disposition", attachment(fileName));
    }

    static void xlsx(Context ctx, String fileName) {
        ctx.contentType(XLSX).header("Content-Disposition", attachment(fileName));
    }

    static void zip(Context ctx, String fileName) {
        ctx.contentType(ZIP).header("Content-Disposition", attachment(fileName));
    }

    /** The upload as it came, under its own name: a workbook, or a CSV return. */
    static void original(Context ctx, String fileName) {
        boolean csv = fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
        ctx.contentType(csv ? "text/csv" : XLSX).header("Content-Disposition", attachment(fileName));
    }

    /**
     * Both forms of the name (RFC 6266): a plain ASCII one every client understands, and the exact
     * name percent-encoded for clients that read {@code filename*}.
     */
    static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ ()-]", "_");
        String exact = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + exact;
    }
}
