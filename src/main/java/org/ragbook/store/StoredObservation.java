package org.ragbook.store;

/**
 * One observation as kept in the history, with the figures it was judged by.
 *
 * @param sex the {@code Sex} constant's name; {@code age} is "" when the indicator has none
 */
public record StoredObservation(String submissionId, String indicatorId, String areaCode, String areaName,
        String sex, String age, String period, Double value, Double lowerCi95, Double upperCi95,
        Double lowerCi998, Double upperCi998, Double count, Double denominator) {
}
