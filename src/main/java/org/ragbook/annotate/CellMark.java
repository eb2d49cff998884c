package org.ragbook.annotate;

import org.ragbook.read.CellRef;

/**
 * What Ragbook puts on one of the analyst's cells: a fill for a judged value and one comment that
 * gathers every finding at the cell and the reason for an amber or red.
 *
 * @param comment the comment's text, or null for none
 */
record CellMark(CellRef cell, RagColour fill, String comment) {

    /** The author Ragbook's comments carry, and the heading of its text under an analyst's own comment. */
    static final String COMMENT_AUTHOR = "Ragbook";
}
