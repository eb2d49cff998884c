package org.ragbook.schema;

/** What kind of statistic an indicator's value is; it decides the confidence-interval family. */
public enum ValueType {
    PROPORTION,
    CRUDE_RATE,
    DSR,
    ISR,
    COUNT,
    MEAN,
    RATIO
}
