package org.ragbook.compute.rank;

/** An area's place among the areas compared with it, written as the seed papers write it: {@code 13/16}. */
public record Rank(int position, int of) {

    public Rank {
        if (position < 1 || position > of) {
            throw new IllegalArgumentException("A rank of " + position + " out of " + of + " is impossible");
        }
    }

    @Override
    public String toString() {
        return position + "/" + of;
    }
}
