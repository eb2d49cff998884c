package org.ragbook.compute.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    private static Suppressible cell(String place, double count, boolean total) {
        return new Suppressible(new SuppressionKey("deaths-" + place, "E07000129", "Persons", "All ages", "2021"), count,
                "E07000129", total);
    }

    @Test
    void countsFromOneUpToTheThresholdAreHiddenButZeroIsShown() {
        var decided = Suppression.decide(List.of(cell("home", 3, false), cell("hospice", 0, false),
                cell("hospital", 146, false)), 5);

        assertThat(decided).containsOnlyKeys(cell("home", 3, false).key());
        assertThat(decided.values()).containsOnly(SuppressionReason.PRIMARY);
    }

    @Test
    void aLoneHiddenCellBesideATotalTakesTheNextSmallestWithIt() {
        var decided = Suppression.decide(List.of(cell("care-home", 47, false), cell("elsewhere", 6, false),
                cell("hospice", 1, false), cell("hospital", 146, false), cell("total", 200, true)), 5);

        assertThat(decided).containsEntry(cell("hospice", 1, false).key(), SuppressionReason.PRIMARY)
                .containsEntry(cell("elsewhere", 6, false).key(), SuppressionReason.SECONDARY)
                .hasSize(2);
    }

    @Test
    void noThresholdMeansNothingIsHidden() {
        assertThat(Suppression.decide(List.of(cell("home", 1, false)), 0)).isEmpty();
    }
}
