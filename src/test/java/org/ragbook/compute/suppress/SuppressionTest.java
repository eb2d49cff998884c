package org.ragbook.compute.suppress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.ragbook.compute.suppress.SuppressionReason.PRIMARY;
import static org.ragbook.compute.suppress.SuppressionReason.SECONDARY;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Deaths involving Covid-19 by place of death (seed paper 002), as if the schema hid counts from 1
 * to 5 ({@code suppressBelow: 6}, HES's band before 2018). The paper itself shows every count.
 */
class SuppressionTest {

    private static final int ONE_TO_FIVE = 6;
    private static final List<String> PLACES = List.of("care-home", "elsewhere", "home", "hospice", "hospital");

    private static SuppressionKey key(String area, String place) {
        return new SuppressionKey("covid-deaths-" + place, area, "Persons", "All ages", "Up to 19 Feb 2021");
    }

    /** One area's places of death, in the paper's column order, and their total. */
    private static List<Suppressible> area(String area, Double... countsThenTotal) {
        List<Suppressible> cells = new ArrayList<>();
        for (int i = 0; i < PLACES.size(); i++) {
            cells.add(new Suppressible(key(area, PLACES.get(i)), countsThenTotal[i], area, false));
        }
        cells.add(new Suppressible(key(area, "total"), countsThenTotal[PLACES.size()], area, true));
        return cells;
    }

    private static Map<SuppressionKey, SuppressionReason> decide(List<Suppressible> cells) {
        return Suppression.decide(cells, ONE_TO_FIVE);
    }

    @Test
    void leicestershire_has_no_count_below_6_so_nothing_is_hidden() {
        assertThat(decide(area("E10000018", 375.0, 19.0, 65.0, 18.0, 945.0, 1422.0))).isEmpty();
    }

    @Test
    void blabys_one_hospice_death_is_hidden_and_so_is_the_next_smallest_place_so_the_total_cannot_give_it_away() {
        assertThat(decide(area("E07000129", 47.0, 6.0, 10.0, 1.0, 146.0, 210.0))).containsExactly(
                entry(key("E07000129", "hospice"), PRIMARY),
                entry(key("E07000129", "elsewhere"), SECONDARY));
    }

    @Test
    void a_zero_is_shown_and_never_hidden_to_protect_another_count() {
        // Rutland: care home 29, elsewhere 0, home 5, hospice 2, hospital 32, total 68.
        assertThat(decide(area("E06000017", 29.0, 0.0, 5.0, 2.0, 32.0, 68.0)))
                .containsOnlyKeys(key("E06000017", "home"), key("E06000017", "hospice"), key("E06000017", "care-home"))
                .doesNotContainKey(key("E06000017", "elsewhere"));
    }

    @Test
    void two_small_counts_are_not_left_to_be_worked_out_from_their_sum() {
        // Oadby and Wigston: 2 elsewhere and 3 at home are both small; with the total shown their sum (5)
        // would be, so the smallest other place with deaths (care home, 45) is hidden too.
        assertThat(decide(area("E07000135", 45.0, 2.0, 3.0, 0.0, 121.0, 171.0))).containsExactly(
                entry(key("E07000135", "elsewhere"), PRIMARY),
                entry(key("E07000135", "home"), PRIMARY),
                entry(key("E07000135", "care-home"), SECONDARY));
    }

    @Test
    void the_total_is_hidden_when_no_other_place_with_deaths_is_left_to_hide() {
        assertThat(decide(area("X", 0.0, 0.0, 3.0, 0.0, 0.0, 3.0))).containsExactly(
                entry(key("X", "home"), PRIMARY),
                entry(key("X", "total"), PRIMARY));
        assertThat(decide(area("X", 0.0, 2.0, 3.0, 0.0, 0.0, 5.0))).containsOnlyKeys(
                key("X", "elsewhere"), key("X", "home"), key("X", "total"));
        assertThat(decide(area("X", 0.0, 4.0, 3.0, 0.0, 0.0, 7.0))).containsExactly(
                entry(key("X", "elsewhere"), PRIMARY),
                entry(key("X", "home"), PRIMARY),
                entry(key("X", "total"), SECONDARY));
    }

    @Test
    void counts_equal_to_the_threshold_are_shown() {
        assertThat(decide(area("X", 6.0, 6.0, 6.0, 6.0, 6.0, 30.0))).isEmpty();
    }

    @Test
    void when_counts_tie_the_first_place_listed_is_the_one_hidden_second() {
        assertThat(decide(area("X", 40.0, 1.0, 40.0, 0.0, 100.0, 181.0)))
                .containsEntry(key("X", "care-home"), SECONDARY)
                .doesNotContainKey(key("X", "home"));
    }

    @Test
    void without_a_total_a_small_count_is_hidden_alone() {
        List<Suppressible> noTotal = area("X", 47.0, 6.0, 10.0, 1.0, 146.0, 210.0).subList(0, PLACES.size());

        assertThat(decide(noTotal)).containsExactly(entry(key("X", "hospice"), PRIMARY));
    }

    @Test
    void a_cell_in_no_group_is_judged_on_its_own_count() {
        Suppressible alone = new Suppressible(key("X", "hospice"), 3.0, null, false);

        assertThat(decide(List.of(alone))).containsExactly(entry(alone.key(), PRIMARY));
    }

    @Test
    void a_missing_count_is_neither_hidden_nor_used_to_protect_another() {
        assertThat(decide(area("X", null, 2.0, 0.0, 0.0, 50.0, 52.0))).containsExactly(
                entry(key("X", "elsewhere"), PRIMARY),
                entry(key("X", "hospital"), SECONDARY));
    }

    @Test
    void a_threshold_of_0_hides_nothing() {
        assertThat(Suppression.decide(area("E07000129", 47.0, 6.0, 10.0, 1.0, 146.0, 210.0), 0)).isEmpty();
    }

    @Test
    void groups_are_protected_each_on_its_own() {
        List<Suppressible> cells = new ArrayList<>(area("E07000129", 47.0, 6.0, 10.0, 1.0, 146.0, 210.0));
        cells.addAll(area("E10000018", 375.0, 19.0, 65.0, 18.0, 945.0, 1422.0));

        assertThat(decide(cells)).containsOnlyKeys(key("E07000129", "hospice"), key("E07000129", "elsewhere"));
    }

    @Test
    void two_cells_with_one_key_or_a_group_with_two_totals_is_a_programming_error() {
        List<Suppressible> twice = new ArrayList<>(area("X", 47.0, 6.0, 10.0, 1.0, 146.0, 210.0));
        twice.add(twice.get(0));
        List<Suppressible> twoTotals = new ArrayList<>(area("X", 47.0, 6.0, 10.0, 1.0, 146.0, 210.0));
        twoTotals.add(new Suppressible(key("X", "all-places"), 210.0, "X", true));

        assertThatThrownBy(() -> decide(twice)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("share the key");
        assertThatThrownBy(() -> decide(twoTotals)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 totals");
    }
}
