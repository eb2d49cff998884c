package org.ragbook.compute;

import org.ragbook.validate.Observation;

/**
 * Ragbook's judgement of one observation: how it compares with its benchmark, how it stands
 * against its target, the resulting colour, and the reason in words for the comment and narrative.
 *
 * @param benchmarkValue the benchmark's value for the same indicator, sex, age and period, or null
 */
public record Assessment(
        Observation observation,
        Double benchmarkValue,
        Comparison comparison,
        TargetResult target,
        Rag rag,
        String reason) {
}
