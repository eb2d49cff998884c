package org.ragbook.paper;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paper's title and heading styles, defined as Word's own built-in ones ("Title", "heading 1")
 * so that Word's navigation pane, its table of contents and screen readers find the structure.
 */
final class PaperStyles {

    static final String TITLE = "Title";
    static final String HEADING = "Heading1";
    private static final String FONT = "Arial";

    private PaperStyles() {
    }

    static void addTo(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        styles.addStyle(style(TITLE, "Title", 0, 36));
        styles.addStyle(style(HEADING, "heading 1", 0, 28));
    }

    /** @param halfPoints the font size in half points, as Word stores it */
    private static XWPFStyle style(String id, String name, int outlineLevel, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        style.getPPr().addNewKeepNext();
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        return new XWPFStyle(style);
    }
}
