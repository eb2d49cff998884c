package org.ragbook.schema;

/** What kind of statistic an indicator's value is; it decides the confidence-interval family. */
public enum ValueType {
    PROPORTION,
    CRUDE_RATE,
    DSR,
    ISR,
    COUNT,
    MEAN,
    RATIO;

    /** The interval method this kind of statistic takes when a schema does not name one. */
    public CiMethod usualCiMethod() {
        return switch (this) {
            case PROPORTION -> CiMethod.WILSON;
            case CRUDE_RATE -> CiMethod.BYARS;
            case DSR -> CiMethod.DOBSON;
            case ISR -> CiMethod.ISR;
            case MEAN -> CiMethod.STUDENT_T;
            case RATIO -> CiMethod.GIVEN;
            case COUNT -> CiMethod.NONE;
        };
    }
}
