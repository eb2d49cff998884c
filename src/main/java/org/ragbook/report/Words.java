package org.ragbook.report;

import java.util.List;

/** The small parts of British English prose the paragraphs are built from. */
final class Words {

    private static final List<String> SMALL_NUMBERS = List.of("no", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty");

    private Words() {
    }

    /** "eighteen" for 18, as the seed paper writes counts in running text; figures above twenty. */
    static String number(int n) {
        return n >= 0 && n < SMALL_NUMBERS.size() ? SMALL_NUMBERS.get(n) : Integer.toString(n);
    }

    /** "1st", "2nd", "11th", "13th", "22nd". */
    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** "A", "A and B", "A, B and C": no serial comma, as the seed papers list. */
    static String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** "has" for one, "have" for several. */
    static String has(int n) {
        return n == 1 ? "has" : "have";
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
