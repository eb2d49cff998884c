package org.ragbook.schema;

/** Which direction of an indicator is good, as Fingertips' polarity: high is good, low is good, or no judgement. */
public enum Polarity {
    HIGH,
    LOW,
    NONE
}
