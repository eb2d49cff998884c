package org.ragbook.store;

/**
 * A key a return gives another value than the one its organisation's store holds: what confirming
 * the return would change.
 *
 * @param sex the {@code Sex} constant's name; {@code age} is "" when the indicator has none
 * @param stored the value current when the return was processed (null: none, such as a suppressed figure)
 * @param sent the return's value (null likewise)
 */
public record ObservationChange(String indicatorId, String areaCode, String sex, String age, String period,
        Double stored, Double sent) {
}
