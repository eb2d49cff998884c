package org.ragbook.read;

/**
 * Hands out one {@link CellValue.Text} per distinct recent text. A long-layout return repeats the
 * same indicator names, area codes and periods on every row; sharing them keeps a 100,000-row
 * sheet's heap (and the collector's work) to a fraction. Direct-mapped, so a collision merely
 * costs one new value.
 */
final class RecentTexts {

    private static final int SLOTS = 4096;

    private final CellValue.Text[] slots = new CellValue.Text[SLOTS];

    CellValue text(TextBuffer buffer) {
        if (buffer.length() == 0) {
            return CellValue.BLANK;
        }
        int hash = buffer.textHash();
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        CellValue.Text cached = slots[slot];
        if (cached != null && buffer.contentEquals(cached.value())) {
            return cached;
        }
        CellValue value = CellValues.text(buffer);
        if (value instanceof CellValue.Text text) {
            slots[slot] = text;
        }
        return value;
    }
}
