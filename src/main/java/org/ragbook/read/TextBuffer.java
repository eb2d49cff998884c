package org.ragbook.read;

/**
 * The characters of the element being read, reused from cell to cell. Unlike a StringBuilder it
 * exposes its array, so repeated text can be matched without first becoming a String.
 */
final class TextBuffer implements CharSequence {

    private char[] chars = new char[64];
    private int length;

    void clear() {
        length = 0;
    }

    void append(char[] source, int start, int count) {
        if (length + count > chars.length) {
            chars = java.util.Arrays.copyOf(chars, Math.max(chars.length * 2, length + count));
        }
        System.arraycopy(source, start, chars, length, count);
        length += count;
    }

    /** The same hash as {@link String#hashCode()} of this text. */
    int textHash() {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + chars[i];
        }
        return hash;
    }

    boolean contentEquals(String text) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) != chars[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().subSequence(start, end);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
