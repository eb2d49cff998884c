package org.ragbook.compute.suppress;

/**
 * A figure and its count, with the group whose cells add up to a total (for example one area's
 * places of death), so that a total cannot reveal a suppressed cell.
 *
 * @param groupKey the group the figure adds up with, or null when it belongs to none
 * @param isTotal  true for the group's total
 */
public record Suppressible(SuppressionKey key, Double count, String groupKey, boolean isTotal) {
}
