package org.ragbook.template;

/**
 * One column of a template's table.
 *
 * @param header   the header text Ragbook reads the column by
 * @param required whether Ragbook needs the column to read a row
 * @param width    the column's width in characters
 * @param guidance what to enter in it, in a sentence or two, or null where the template does not say
 * @param check    what its cells accept, or null for anything
 */
record TemplateColumn(String header, boolean required, int width, String guidance, CellCheck check) {
}
