package org.ragbook.compute.spc;

/** Which way is better for the metric, from the indicator's polarity; neutral when neither is. */
public enum ImprovementDirection {
    INCREASE, DECREASE, NEUTRAL
}
