package org.ragbook.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A date in a query parameter, written yyyy-mm-dd as an HTML date field sends it; blank is none. */
final class DateParameter {

    private DateParameter() {
    }

    /** The date, or null when the parameter is absent or blank; 400 when it is written otherwise. */
    static LocalDate of(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException notADate) {
            throw new BadRequestResponse("'" + name + "' must be a date written yyyy-mm-dd, such as 2021-03-08, not '"
                    + text + "'.");
        }
    }
}
