package org.ragbook.compute;

/** The red/amber/green judgement of one value, as the committee paper colours it. */
public enum Rag {
    GREEN("green"),
    AMBER("amber"),
    RED("red"),
    NOT_COMPARED("notCompared");

    private final String key;

    Rag(String key) {
        this.key = key;
    }

    /** The name used in the JSON report and the workbook's RAG column. */
    public String key() {
        return key;
    }
}
