package org.ragbook.paper;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.ragbook.schema.ReturnSchema;

/**
 * What the paper's first lines say: its title and the date of the meeting it is for.
 *
 * @param title the paper's title, as a committee's agenda names it
 * @param date  the meeting's date, printed as the seed papers print it ("7 December 2026")
 */
public record PaperCover(String title, LocalDate date) {

    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /**
     * The cover of a paper on a return of this schema: the title given, or the schema's with
     * "performance report"; the date given, or today.
     */
    public static PaperCover of(String title, LocalDate date, ReturnSchema schema) {
        String schemaTitle = schema == null ? "Indicators" : schema.title() == null ? schema.id() : schema.title();
        return new PaperCover(title == null || title.isBlank() ? schemaTitle + ": performance report" : title.trim(),
                date == null ? LocalDate.now() : date);
    }

    String printedDate() {
        return PRINTED.format(date);
    }
}
