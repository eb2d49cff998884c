package org.ragbook.compute;

/** How a value stands against its indicator's target. */
public enum TargetResult {
    MET,
    WITHIN_TOLERANCE,
    MISSED,
    NO_TARGET
}
