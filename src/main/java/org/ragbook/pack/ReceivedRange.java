package org.ragbook.pack;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The days a pack's returns were received on, from {@code from} to {@code to}, both included; either
 * end may be open (null). Days are UK days: a return sent at half past midnight on 1 April, British
 * Summer Time, was received on 1 April, though the store's clock (UTC) still says 31 March.
 */
public record ReceivedRange(LocalDate from, LocalDate to) {

    /** Whose calendar a received date is read in: the councils' and the NHS's. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** @throws IllegalArgumentException when {@code to} is before {@code from}, saying so as a person would fix it */
    public ReceivedRange {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("'to' (" + to + ") is before 'from' (" + from + "): give the first"
                    + " day received as 'from' and the last as 'to'.");
        }
    }

    /** The first instant of the range, or null when it is open at the start. */
    public Instant start() {
        return from == null ? null : from.atStartOfDay(UK).toInstant();
    }

    /** The first instant after the range, or null when it is open at the end. */
    public Instant end() {
        return to == null ? null : to.plusDays(1).atStartOfDay(UK).toInstant();
    }

    /** "received 1 April 2021 to 30 April 2021", "received from 1 April 2021", …; empty when open at both ends. */
    public String words() {
        if (from == null && to == null) {
            return "";
        }
        if (to == null) {
            return "received from " + PRINTED.format(from);
        }
        return from == null ? "received up to " + PRINTED.format(to)
                : "received " + PRINTED.format(from) + " to " + PRINTED.format(to);
    }
}
