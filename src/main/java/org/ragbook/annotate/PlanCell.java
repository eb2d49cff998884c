package org.ragbook.annotate;

import org.ragbook.read.CellRef;

/**
 * One cell Ragbook writes itself (in its own sheets and its appended columns), described without
 * POI so that both workbook writers render exactly the same thing.
 *
 * @param text   the cell's text, or null for a number
 * @param number the cell's number, or null for text
 * @param link   a cell of the output the cell links to, or null
 */
record PlanCell(String text, Double number, Emphasis emphasis, RagColour fill, CellRef link) {

    PlanCell {
        text = CellText.fit(text);
    }

    enum Emphasis {
        NONE,
        HEADER,
        TITLE,
        /** A statistic: full precision in the cell, one decimal on show, as the committee papers print. */
        FIGURE,
        /** Running text, wrapped within its column and read from the top: a paper's paragraph. */
        PARAGRAPH
    }

    static PlanCell text(String text) {
        return new PlanCell(text, null, Emphasis.NONE, RagColour.NOT_COMPARED, null);
    }

    /** A number, or an empty cell when there is none. */
    static PlanCell number(Double number) {
        return number == null ? text("") : new PlanCell(null, number, Emphasis.NONE, RagColour.NOT_COMPARED, null);
    }

    /** A statistic, or an empty cell when there is none. */
    static PlanCell figure(Double number) {
        return number == null ? text("") : new PlanCell(null, number, Emphasis.FIGURE, RagColour.NOT_COMPARED, null);
    }

    static PlanCell header(String text) {
        return new PlanCell(text, null, Emphasis.HEADER, RagColour.NOT_COMPARED, null);
    }

    static PlanCell paragraph(String text) {
        return new PlanCell(text, null, Emphasis.PARAGRAPH, RagColour.NOT_COMPARED, null);
    }

    static PlanCell title(String text) {
        return new PlanCell(text, null, Emphasis.TITLE, RagColour.NOT_COMPARED, null);
    }

    static PlanCell filled(String text, RagColour fill) {
        return new PlanCell(text, null, Emphasis.NONE, fill, null);
    }

    static PlanCell link(CellRef target) {
        return new PlanCell(target.address(), null, Emphasis.NONE, RagColour.NOT_COMPARED, target);
    }

    PlanCell withFill(RagColour colour) {
        return new PlanCell(text, number, emphasis, colour, link);
    }

    /** Text that must stay text when the analyst edits the cell, because it would read as a formula. */
    boolean quotePrefixed() {
        return InertText.looksLikeFormula(text);
    }

    boolean isEmpty() {
        return number == null && (text == null || text.isEmpty());
    }
}
