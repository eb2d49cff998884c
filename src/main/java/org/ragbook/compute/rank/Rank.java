package org.ragbook.compute.rank;

/**
 * An area's place among the areas compared with it, written as the seed papers write it: {@code 13/16}.
 *
 * @param among who the area is ranked against, as a paper names them ("CIPFA neighbours"), or null
 */
public record Rank(int position, int of, String among) {

    public Rank(int position, int of) {
        this(position, of, null);
    }

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
