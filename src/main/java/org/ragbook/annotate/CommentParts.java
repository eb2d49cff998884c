package org.ragbook.annotate;

import java.io.IOException;
import java.util.List;

/**
 * A sheet's comments as two parts: the comments themselves and the legacy VML drawing that gives
 * each its box. Excel and LibreOffice show no comment without its VML shape.
 */
final class CommentParts {

    /** VML shape ids come in blocks of 1,024 per drawing; a drawing lists the blocks it uses. */
    private static final int SHAPES_PER_BLOCK = 1024;

    private int nextBlock = 1;

    void comments(XmlOut out, List<CellMark> marks) throws IOException {
        out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<comments xmlns=\"")
                .raw(PackageParts.MAIN_NS).raw("\"><authors><author>").raw(CellMark.COMMENT_AUTHOR).raw("</author></authors><commentList>");
        for (CellMark mark : marks) {
            out.raw("<comment ref=\"").raw(mark.cell().address()).raw("\" authorId=\"0\"><text><t xml:space=\"preserve\">")
                    .text(mark.comment()).raw("</t></text></comment>");
            out.flushIfFull();
        }
        out.raw("</commentList></comments>");
        out.flush();
    }

    /** The VML drawing, its shapes in blocks no other drawing of the workbook uses. */
    void vml(XmlOut out, List<CellMark> marks) throws IOException {
        int blocks = Math.max(1, (marks.size() + SHAPES_PER_BLOCK - 2) / (SHAPES_PER_BLOCK - 1));
        int first = nextBlock;
        nextBlock += blocks;
        StringBuilder ids = new StringBuilder();
        for (int b = first; b < nextBlock; b++) {
            ids.append(b == first ? "" : ",").append(b);
        }
        out.raw("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\"")
                .raw(" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">")
                .raw("<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"").raw(ids.toString()).raw("\"/></o:shapelayout>")
                .raw("<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">")
                .raw("<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>");
        for (int i = 0; i < marks.size(); i++) {
            CellMark mark = marks.get(i);
            int id = (first + i / (SHAPES_PER_BLOCK - 1)) * SHAPES_PER_BLOCK + 1 + i % (SHAPES_PER_BLOCK - 1);
            int column = mark.cell().column();
            int row = mark.cell().row();
            out.raw("<v:shape id=\"_x0000_s").raw(id).raw("\" type=\"#_x0000_t202\"")
                    .raw(" style=\"position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:144pt;height:60pt;z-index:")
                    .raw(i + 1).raw(";visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">")
                    .raw("<v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/>")
                    .raw("<v:path o:connecttype=\"none\"/><v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox>")
                    .raw("<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>")
                    .raw(column + 1).raw(", 15, ").raw(row).raw(", 2, ").raw(column + 1 + CommentBox.COLUMNS).raw(", 15, ")
                    .raw(row + CommentBox.rows(mark.comment())).raw(", 16</x:Anchor><x:AutoFill>False</x:AutoFill>")
                    .raw("<x:Row>").raw(row).raw("</x:Row><x:Column>").raw(column).raw("</x:Column></x:ClientData></v:shape>");
            out.flushIfFull();
        }
        out.raw("</xml>");
        out.flush();
    }
}
