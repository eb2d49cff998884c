package org.ragbook.compute.suppress;

/**
 * A count that may have to be hidden, with what it adds up to.
 *
 * @param count    the number of people or events, or null when the return gives none (such a
 *                 cell is neither suppressed nor used to protect another)
 * @param groupKey the cells that add up to a total, such as one area's deaths by place of death
 *                 for one period; null when the cell belongs to no such group
 * @param isTotal  true for the group's total (all places of death), false for its parts
 */
public record Suppressible(SuppressionKey key, Double count, String groupKey, boolean isTotal) {
}
