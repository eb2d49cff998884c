package org.ragbook.validate;

/**
 * Where a return's observations sit: the sheet, its header row (zero-based) and its last used
 * column, so that annotation can append statistics columns after the analyst's own.
 */
public record DataRegion(String sheet, int headerRow, int lastColumn, boolean wide) {
}
