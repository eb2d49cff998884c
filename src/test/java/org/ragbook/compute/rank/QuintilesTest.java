package org.ragbook.compute.rank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ragbook.schema.Polarity;

/** The published cases of fingertips-open {@code QuintilesCalculatorTest} and {@code QuintilesComparerTest}. */
class QuintilesTest {

    /** Areas "1" … "n" with the values 1 … n. */
    private static Map<String, Double> oneTo(int n) {
        Map<String, Double> byArea = new LinkedHashMap<>();
        for (int i = 1; i <= n; i++) {
            byArea.put(String.valueOf(i), (double) i);
        }
        return byArea;
    }

    private static int number(Map<String, Quintile> quintiles, int area) {
        return quintiles.get(String.valueOf(area)).number();
    }

    /** Bounds of 1 … 50 are 10.8, 20.6, 30.4 and 40.2: a value falls in the fifth whose upper bound it does not pass. */
    @Test
    void fiftyAreasSplitAtTheBounds10point8And20point6And30point4And40point2() {
        Map<String, Quintile> quintiles = Quintiles.assign(oneTo(50), Polarity.NONE);

        assertThat(number(quintiles, 1)).isEqualTo(1);
        assertThat(number(quintiles, 10)).isEqualTo(1);
        assertThat(number(quintiles, 11)).isEqualTo(2);
        assertThat(number(quintiles, 20)).isEqualTo(2);
        assertThat(number(quintiles, 21)).isEqualTo(3);
        assertThat(number(quintiles, 30)).isEqualTo(3);
        assertThat(number(quintiles, 31)).isEqualTo(4);
        assertThat(number(quintiles, 40)).isEqualTo(4);
        assertThat(number(quintiles, 41)).isEqualTo(5);
        assertThat(number(quintiles, 50)).isEqualTo(5);
    }

    @Test
    void withoutPolarityTheLowestValuesAreTheLowestQuintile() {
        Map<String, Quintile> quintiles = Quintiles.assign(oneTo(10), Polarity.NONE);

        assertThat(quintiles.get("1")).isEqualTo(Quintile.LOWEST);
        assertThat(quintiles.get("10")).isEqualTo(Quintile.HIGHEST);
        assertThat(quintiles.get("1").label()).isEqualTo("Lowest quintile");
        assertThat(quintiles.get("10").label()).isEqualTo("Highest quintile");
    }

    @Test
    void whenHighIsGoodTheHighestValuesAreTheBestQuintile() {
        Map<String, Quintile> quintiles = Quintiles.assign(oneTo(10), Polarity.HIGH);

        assertThat(number(quintiles, 1)).isEqualTo(5);
        assertThat(number(quintiles, 3)).isEqualTo(4);
        assertThat(number(quintiles, 5)).isEqualTo(3);
        assertThat(number(quintiles, 7)).isEqualTo(2);
        assertThat(number(quintiles, 9)).isEqualTo(1);
        assertThat(quintiles.get("9")).isEqualTo(Quintile.BEST);
        assertThat(quintiles.get("1")).isEqualTo(Quintile.WORST);
    }

    @Test
    void whenLowIsGoodTheLowestValuesAreTheBestQuintile() {
        Map<String, Quintile> quintiles = Quintiles.assign(oneTo(10), Polarity.LOW);

        assertThat(number(quintiles, 1)).isEqualTo(1);
        assertThat(number(quintiles, 3)).isEqualTo(2);
        assertThat(number(quintiles, 5)).isEqualTo(3);
        assertThat(number(quintiles, 7)).isEqualTo(4);
        assertThat(number(quintiles, 9)).isEqualTo(5);
    }

    /** Seed paper: inequality in life expectancy "falls within the 2nd best Quintile of the country". */
    @Test
    void theSecondFifthOfALowIsGoodIndicatorReadsAs2ndBestQuintile() {
        Map<String, Quintile> quintiles = Quintiles.assign(oneTo(10), Polarity.LOW);

        assertThat(quintiles.get("3").label()).isEqualTo("2nd best quintile");
        assertThat(quintiles.get("5").label()).isEqualTo("Middle quintile");
        assertThat(quintiles.get("7").label()).isEqualTo("2nd worst quintile");
    }

    @Test
    void fewerThanFiveValuesGiveNoQuintiles() {
        assertThat(Quintiles.assign(oneTo(4), Polarity.NONE)).isEmpty();
        assertThat(Quintiles.assign(Map.of(), Polarity.NONE)).isEmpty();
    }

    @Test
    void areasWithoutAValueAreLeftOut() {
        Map<String, Double> byArea = new HashMap<>(oneTo(5));
        byArea.put("suppressed", null);
        byArea.put("not a number", Double.NaN);

        assertThat(Quintiles.assign(byArea, Polarity.NONE)).containsOnlyKeys("1", "2", "3", "4", "5");
    }

    @Test
    void equalValuesShareAQuintile() {
        Map<String, Double> byArea = new LinkedHashMap<>(oneTo(10));
        byArea.put("also 3", 3.0);

        Map<String, Quintile> quintiles = Quintiles.assign(byArea, Polarity.HIGH);

        assertThat(quintiles.get("also 3")).isEqualTo(quintiles.get("3"));
    }
}
