package org.ragbook.report;

/**
 * One numbered paragraph of the committee paper, as the seed papers write them. The same
 * paragraphs are the paper's body, the annotated workbook's Narrative sheet, the JSON report's
 * {@code paragraphs} and the mail reply, so that none of them says anything the others do not.
 *
 * @param topic what the paragraph is about: {@code purpose}, {@code areas}, {@code counts},
 *              {@code green}, {@code amber}, {@code red}, {@code not-compared} or {@code spc}
 * @param text  the paragraph, in British English, numbers formatted as in the workbook
 */
public record Paragraph(String topic, String text) {

    public static final String PURPOSE = "purpose";
    public static final String AREAS = "areas";
    public static final String COUNTS = "counts";
    public static final String NOT_COMPARED = "not-compared";
    public static final String SPC = "spc";
}
