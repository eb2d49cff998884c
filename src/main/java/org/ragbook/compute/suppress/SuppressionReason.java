package org.ragbook.compute.suppress;

/** Why a figure is not shown: its own count is small, or showing it would reveal one that is. */
public enum SuppressionReason {
    PRIMARY,
    SECONDARY
}
