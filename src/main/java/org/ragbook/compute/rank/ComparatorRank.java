package org.ragbook.compute.rank;

import java.util.Map;
import java.util.Optional;
import org.ragbook.schema.Polarity;

/**
 * An area's rank among a comparator group, as the seed papers' "NN Rank" column: "1 is calculated
 * as the best (or lowest when no polarity is applied)". Only members with a value count, so a group
 * of 16 with one value missing ranks out of 15. Areas with the same value share the better rank and
 * the next rank is skipped (1, 2, 2, 4), as Fingertips ranks areas (fingertips-open
 * {@code AreaRankBuilder.GetRank}: the rank of the first area with an equal value). Values are
 * compared as given; pass them rounded as published if rounding should make ties.
 */
public final class ComparatorRank {

    private ComparatorRank() {
    }

    /** Empty when the area is not in the group or has no value. */
    public static Optional<Rank> rank(String areaCode, Map<String, Double> valueByArea, ComparatorGroup group,
            Polarity polarity) {
        Double own = valueByArea.get(areaCode);
        if (!group.contains(areaCode) || own == null || !Double.isFinite(own)) {
            return Optional.empty();
        }
        int ranked = 0;
        int better = 0;
        for (String member : group.areaCodes()) {
            Double value = valueByArea.get(member);
            if (value != null && Double.isFinite(value)) {
                ranked++;
                if (polarity == Polarity.HIGH ? value > own : value < own) {
                    better++;
                }
            }
        }
        return Optional.of(new Rank(better + 1, ranked, group.peersName()));
    }
}
