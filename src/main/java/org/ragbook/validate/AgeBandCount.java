package org.ragbook.validate;

import org.ragbook.read.CellRef;

/** One age band of an observation as the return gives it: its events and population, and where its label is. */
public record AgeBandCount(AgeRange range, double count, double population, CellRef cell) {
}
