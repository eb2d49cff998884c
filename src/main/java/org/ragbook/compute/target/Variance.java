package org.ragbook.compute.target;

/**
 * A period's figure against the same period a year before, as the seed paper reports non-elective
 * admissions: 48,012 against 59,244, "a variance of -11,232".
 *
 * @param difference    {@code current - previous}: negative when the figure fell
 * @param percentChange the difference as a percentage of the previous figure (-18.96 for the
 *                      example), or null when the previous figure is zero and no percentage exists
 */
public record Variance(double current, double previous, double difference, Double percentChange) {
}
