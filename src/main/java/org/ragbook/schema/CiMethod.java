package org.ragbook.schema;

/** How the confidence intervals of an indicator are obtained (PHEindicatormethods names in brackets). */
public enum CiMethod {
    /** Wilson score interval for proportions ({@code phe_proportion}). */
    WILSON,
    /** Exact Poisson below the schema's count threshold, Byar's method at or above ({@code phe_rate}). */
    BYARS,
    /** Dobson's method for directly standardised rates ({@code phe_dsr}). */
    DOBSON,
    /** Indirectly standardised ratio by the same Poisson/Byar limits on the observed count ({@code phe_isr}). */
    ISR,
    /** Student's t for means ({@code phe_mean}). */
    STUDENT_T,
    /** The return supplies the intervals; Ragbook uses them as given. */
    GIVEN,
    /** No interval is meaningful (counts, scores). */
    NONE
}
