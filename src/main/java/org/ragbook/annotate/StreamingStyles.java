package org.ragbook.annotate;

import org.ragbook.report.Figures;

/**
 * The fixed style table of a streamed workbook: every look Ragbook writes, each with and without
 * each RAG fill. A cell's style index is computed, never looked up.
 */
final class StreamingStyles {

    /** A look without its fill; the fonts are those of {@link #FONTS}, by position. */
    enum Look {
        PLAIN(0, 0, false, false),
        HEADER(1, 0, false, false),
        TITLE(2, 0, false, false),
        LINK(3, 0, false, false),
        QUOTED(0, 0, true, false),
        DATE(0, 164, false, false),
        DATE_TIME(0, 165, false, false),
        FIGURE(0, 166, false, false),
        PARAGRAPH(0, 0, false, true);

        private final int font;
        private final int numberFormat;
        private final boolean quotePrefix;
        private final boolean wrapped;

        Look(int font, int numberFormat, boolean quotePrefix, boolean wrapped) {
            this.font = font;
            this.numberFormat = numberFormat;
            this.quotePrefix = quotePrefix;
            this.wrapped = wrapped;
        }
    }

    /** The four fonts of the looks, then the same four in white for {@link RagColour#whiteText()} fills. */
    private static final String[] FONT_FACES = {
        "<sz val=\"11\"/>",
        "<b/><sz val=\"11\"/>",
        "<b/><sz val=\"14\"/>",
        "<u/><sz val=\"11\"/>"};
    private static final String LINK_COLOUR = "<color rgb=\"FF0563C1\"/>";
    private static final String WHITE = "<color rgb=\"FFFFFFFF\"/>";
    private static final String NUMBER_FORMATS = "<numFmts count=\"3\">"
            + "<numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/>"
            + "<numFmt numFmtId=\"165\" formatCode=\"yyyy-mm-dd hh:mm\"/>"
            + "<numFmt numFmtId=\"166\" formatCode=\"" + Figures.EXCEL_FORMAT + "\"/>"
            + "</numFmts>";
    /** Fills 0 and 1 are the two every workbook must start with; the RAG fills follow. */
    private static final int FIRST_RAG_FILL = 2;
    /** The fills in style-index order: unfilled first, so that plain text with no fill is style 0. */
    private static final RagColour[] FILL_ORDER = {RagColour.NOT_COMPARED, RagColour.GREEN, RagColour.AMBER, RagColour.RED,
        RagColour.BEST, RagColour.WORST, RagColour.HIGHER, RagColour.LOWER, RagColour.SPC_IMPROVEMENT,
        RagColour.SPC_CONCERN, RagColour.SPC_NEITHER, RagColour.SPC_COMMON};

    private StreamingStyles() {
    }

    /** The cellXfs index of a look with a fill; 0, the default, needs no attribute. */
    static int index(Look look, RagColour fill) {
        return look.ordinal() * FILL_ORDER.length + slot(fill);
    }

    private static int slot(RagColour fill) {
        for (int slot = 0; slot < FILL_ORDER.length; slot++) {
            if (FILL_ORDER[slot] == fill) {
                return slot;
            }
        }
        throw new IllegalArgumentException("no fill for " + fill);
    }

    private static String fonts() {
        StringBuilder xml = new StringBuilder("<fonts count=\"").append(2 * FONT_FACES.length).append("\">");
        for (boolean white : new boolean[] {false, true}) {
            for (int font = 0; font < FONT_FACES.length; font++) {
                String colour = white ? WHITE : font == Look.LINK.font ? LINK_COLOUR : "";
                xml.append("<font>").append(FONT_FACES[font]).append(colour)
                        .append("<name val=\"Calibri\"/><family val=\"2\"/></font>");
            }
        }
        return xml.append("</fonts>").toString();
    }

    static String xml() {
        StringBuilder xml = new StringBuilder(4096);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<styleSheet xmlns=\"").append(PackageParts.MAIN_NS).append("\">")
                .append(NUMBER_FORMATS).append(fonts());
        xml.append("<fills count=\"").append(FIRST_RAG_FILL + FILL_ORDER.length - 1).append("\">")
                .append("<fill><patternFill patternType=\"none\"/></fill>")
                .append("<fill><patternFill patternType=\"gray125\"/></fill>");
        for (int slot = 1; slot < FILL_ORDER.length; slot++) {
            xml.append("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF").append(FILL_ORDER[slot].rgb())
                    .append("\"/><bgColor indexed=\"64\"/></patternFill></fill>");
        }
        xml.append("</fills>")
                .append("<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>")
                .append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>");
        xml.append("<cellXfs count=\"").append(Look.values().length * FILL_ORDER.length).append("\">");
        for (Look look : Look.values()) {
            for (int slot = 0; slot < FILL_ORDER.length; slot++) {
                int fill = slot == 0 ? 0 : FIRST_RAG_FILL + slot - 1;
                int font = look.font + (FILL_ORDER[slot].whiteText() ? FONT_FACES.length : 0);
                xml.append("<xf numFmtId=\"").append(look.numberFormat).append("\" fontId=\"").append(font)
                        .append("\" fillId=\"").append(fill).append("\" borderId=\"0\" xfId=\"0\"");
                if (look.numberFormat != 0) {
                    xml.append(" applyNumberFormat=\"1\"");
                }
                if (font != 0) {
                    xml.append(" applyFont=\"1\"");
                }
                if (fill != 0) {
                    xml.append(" applyFill=\"1\"");
                }
                if (look.quotePrefix) {
                    xml.append(" quotePrefix=\"1\"");
                }
                xml.append(look.wrapped
                        ? " applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>" : "/>");
            }
        }
        xml.append("</cellXfs>")
                .append("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>")
                .append("</styleSheet>");
        return xml.toString();
    }
}
