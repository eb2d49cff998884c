package org.ragbook.compute.trend;

/** Which way an indicator moved since its previous period, as the seed papers' "DoT" column says it. */
public enum Direction {
    IMPROVING("Improving"),
    WORSENING("Worsening"),
    NO_CHANGE("No change"),
    INCREASING("Increasing"),
    DECREASING("Decreasing"),
    NOT_APPLICABLE("Not applicable");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
