package org.ragbook.compute.suppress;

/** Why a count is hidden. */
public enum SuppressionReason {
    /** The count itself is small: 1 up to the threshold. */
    PRIMARY,
    /** The count is not small, but showing it would let a reader work out a small one from the group's total. */
    SECONDARY
}
