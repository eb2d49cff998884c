package org.ragbook.validate;

/**
 * What identifies a row of the Fingertips upload layout, as the upload service matches rows against
 * each other and against data already held: a number is -1 where the row gives none (as Fingertips
 * stores it). Two rows of one return with the same key are the same data point twice.
 */
public record UploadKey(
        String indicatorId,
        int year,
        int yearRange,
        int quarter,
        int month,
        int ageId,
        int sexId,
        String areaCode,
        int categoryTypeId,
        int categoryId) {

    public static final int NONE = -1;

    /** True when the row belongs to a category (an ethnic group, a deprivation decile) rather than the whole area. */
    public boolean hasCategory() {
        return categoryTypeId != NONE || categoryId != NONE;
    }

    /** The category as a key part, for {@link Observation#key()}. */
    String category() {
        return categoryTypeId + ":" + categoryId;
    }
}
