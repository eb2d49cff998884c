package org.ragbook.compute.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ragbook.schema.Polarity;

/**
 * Ranks as the seed paper's "NN Rank" column prints them; the values are made up around the
 * paper's figures, since the paper does not print the neighbours' values.
 */
class ComparatorRankTest {

    private static final List<String> SIXTEEN = List.of("L", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9",
            "N10", "N11", "N12", "N13", "N14", "N15");
    private static final ComparatorGroup GROUP = new ComparatorGroup("test", "L and its neighbours", "made up", null, SIXTEEN);

    /** L's value first, then one value per neighbour. */
    private static Map<String, Double> values(double... values) {
        Map<String, Double> byArea = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            byArea.put(SIXTEEN.get(i), values[i]);
        }
        return byArea;
    }

    @Test
    void healthyLifeExpectancyOf63point9With12NeighboursHigherRanks13Of16WhenHighIsGood() {
        Map<String, Double> byArea = values(63.9, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 60, 61, 62);

        assertThat(ComparatorRank.rank("L", byArea, GROUP, Polarity.HIGH)).map(Rank::toString).contains("13/16");
    }

    @Test
    void oneIsTheLowestWhenLowIsGood() {
        Map<String, Double> byArea = values(7.8, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9);

        assertThat(ComparatorRank.rank("L", byArea, GROUP, Polarity.LOW)).contains(new Rank(1, 16, GROUP.peersName()));
    }

    @Test
    void oneIsTheLowestWhenNoPolarityIsApplied() {
        Map<String, Double> byArea = values(5, 1, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9);

        assertThat(ComparatorRank.rank("L", byArea, GROUP, Polarity.NONE)).contains(new Rank(2, 16, GROUP.peersName()));
        assertThat(ComparatorRank.rank("N1", byArea, GROUP, Polarity.NONE)).contains(new Rank(1, 16, GROUP.peersName()));
    }

    @Test
    void aNeighbourWithoutAValueIsLeftOutOfTheCountAsIn3Of15() {
        Map<String, Double> byArea = values(19.0, 18, 18.5, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31);
        byArea.put("N15", null);

        assertThat(ComparatorRank.rank("L", byArea, GROUP, Polarity.LOW)).map(Rank::toString).contains("3/15");
    }

    /** fingertips-open AreaRankBuilderTest.TestRanksAreaSameForAreasWithSameValue: values 1, 2, 2, 2, 3. */
    @Test
    void areasWithTheSameValueShareTheBetterRank() {
        ComparatorGroup five = new ComparatorGroup("five", "five", "Fingertips test", null, List.of("a", "b", "c", "d", "e"));
        Map<String, Double> byArea = Map.of("a", 1.0, "b", 2.0, "c", 2.0, "d", 2.0, "e", 3.0);

        for (String area : List.of("b", "c", "d")) {
            assertThat(ComparatorRank.rank(area, byArea, five, Polarity.NONE)).contains(new Rank(2, 5, "five"));
        }
        assertThat(ComparatorRank.rank("e", byArea, five, Polarity.NONE)).contains(new Rank(5, 5, "five"));
        assertThat(ComparatorRank.rank("a", byArea, five, Polarity.HIGH)).contains(new Rank(5, 5, "five"));
        assertThat(ComparatorRank.rank("c", byArea, five, Polarity.HIGH)).contains(new Rank(2, 5, "five"));
    }

    @Test
    void anAreaOutsideTheGroupOrWithoutAValueHasNoRank() {
        Map<String, Double> byArea = values(1, 2, 3);
        byArea.put("elsewhere", 0.5);

        assertThat(ComparatorRank.rank("elsewhere", byArea, GROUP, Polarity.LOW)).isEmpty();
        assertThat(ComparatorRank.rank("N5", byArea, GROUP, Polarity.LOW)).isEmpty();
    }

    @Test
    void valuesOfAreasOutsideTheGroupDoNotCount() {
        Map<String, Double> byArea = values(1, 2, 3);
        byArea.put("elsewhere", 0.5);

        assertThat(ComparatorRank.rank("L", byArea, GROUP, Polarity.LOW)).contains(new Rank(1, 3, GROUP.peersName()));
    }

    @Test
    void aRankBeyondItsCountIsImpossible() {
        assertThatThrownBy(() -> new Rank(17, 16)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A rank of 17 out of 16 is impossible");
    }
}
