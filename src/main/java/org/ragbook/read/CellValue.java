package org.ragbook.read;

import java.time.LocalDateTime;

/**
 * One cell's content as the analyst's file holds it, before any schema gives it meaning. For a
 * formula cell this is the cached result Excel saved.
 */
public sealed interface CellValue {

    Blank BLANK = new Blank();

    /** The cell as text, the way a message quotes it back to the analyst. */
    String display();

    record Blank() implements CellValue {
        @Override
        public String display() {
            return "";
        }
    }

    record Number(double value) implements CellValue {
        @Override
        public String display() {
            return value == Math.rint(value) && Math.abs(value) < 1e15
                    ? Long.toString((long) value)
                    : Double.toString(value);
        }
    }

    record Text(String value) implements CellValue {
        @Override
        public String display() {
            return value;
        }
    }

    record Bool(boolean value) implements CellValue {
        @Override
        public String display() {
            return value ? "TRUE" : "FALSE";
        }
    }

    /** A numeric cell whose number format is a date format. */
    record Date(LocalDateTime value) implements CellValue {
        @Override
        public String display() {
            return value.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                    ? value.toLocalDate().toString()
                    : value.toString();
        }
    }

    /** An Excel error value such as {@code #DIV/0!} or {@code #N/A}. */
    record Error(String code) implements CellValue {
        @Override
        public String display() {
            return code;
        }
    }
}
