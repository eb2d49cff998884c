package org.ragbook.read;

/**
 * Where a value came from: a sheet and a zero-based column and row, written the way an analyst
 * reads it ({@code Indicators!F12}). For CSV input the sheet is the file's base name.
 */
public record CellRef(String sheet, int column, int row) {

    public CellRef {
        if (column < 0 || row < 0) {
            throw new IllegalArgumentException("negative cell position " + column + "," + row);
        }
    }

    /** The A1 address without the sheet, e.g. {@code F12}. */
    public String address() {
        return columnLetters(column) + (row + 1);
    }

    public static String columnLetters(int column) {
        var letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }

    /** Parses an A1 address such as {@code F12} or {@code AB3}; the inverse of {@link #address()}. */
    public static CellRef parse(String sheet, String address) {
        int i = 0;
        int column = 0;
        while (i < address.length() && Character.isLetter(address.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(address.charAt(i)) - 'A' + 1);
            i++;
        }
        if (i == 0 || i == address.length()) {
            throw new IllegalArgumentException("not a cell address: " + address);
        }
        return new CellRef(sheet, column - 1, Integer.parseInt(address.substring(i)) - 1);
    }

    @Override
    public String toString() {
        return sheet + "!" + address();
    }
}
