package org.ragbook.compute.spc;

import java.time.LocalDate;

/** One period of a series: its date (the first day of a month, for monthly data) and its value. */
public record SpcPoint(LocalDate date, double value) {
}
