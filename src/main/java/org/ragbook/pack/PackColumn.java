package org.ragbook.pack;

/**
 * One column of the Indicators sheet: an organisation's return, or one of its own areas where its
 * return counts several (a cancer-waits return for two CCGs), so no area's figure hides another's.
 *
 * @param area  the area's code, or null for a return that counts one area (or none)
 * @param label the column's heading: the organisation, and the area's name where it has several
 */
public record PackColumn(String organisation, String area, String label) {
}
