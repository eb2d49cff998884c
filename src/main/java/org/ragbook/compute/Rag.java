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

    /** The colour a report names by its key; an unknown or missing key is not compared. */
    public static Rag fromKey(String key) {
        for (Rag rag : values()) {
            if (rag.key.equals(key)) {
                return rag;
            }
        }
        return NOT_COMPARED;
    }
}
