package org.ragbook.annotate;

import org.ragbook.compute.Assessment;
import org.ragbook.compute.Rag;

/**
 * How each judgement looks in a workbook: Excel's own Good, Neutral and Bad fills, so that the
 * colours read the way analysts already know them. Values not compared keep the analyst's fill.
 */
enum RagColour {
    GREEN("Green", "C6EFCE"),
    AMBER("Amber", "FFEB9C"),
    RED("Red", "FFC7CE"),
    /** Fingertips' blues, for values significantly higher or lower where no direction is better. */
    HIGHER("Higher", "BED2FF"),
    LOWER("Lower", "5555E6"),
    NOT_COMPARED("Not compared", null);

    private final String label;
    private final String rgb;

    RagColour(String label, String rgb) {
        this.label = label;
        this.rgb = rgb;
    }

    static RagColour of(Rag rag) {
        return switch (rag) {
            case GREEN -> GREEN;
            case AMBER -> AMBER;
            case RED -> RED;
            case NOT_COMPARED -> NOT_COMPARED;
        };
    }

    /** A judgement's look: its RAG colour, or a Fingertips blue for a no-polarity Higher or Lower. */
    static RagColour of(Assessment a) {
        return switch (a.comparison()) {
            case HIGHER -> a.rag() == Rag.NOT_COMPARED ? HIGHER : of(a.rag());
            case LOWER -> a.rag() == Rag.NOT_COMPARED ? LOWER : of(a.rag());
            default -> of(a.rag());
        };
    }

    String label() {
        return label;
    }

    boolean filled() {
        return rgb != null;
    }

    /** The fill as six hex digits, {@code C6EFCE}; only for filled colours. */
    String rgb() {
        return rgb;
    }

    byte[] rgbBytes() {
        return new byte[] {
            (byte) Integer.parseInt(rgb.substring(0, 2), 16),
            (byte) Integer.parseInt(rgb.substring(2, 4), 16),
            (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
    }
}
