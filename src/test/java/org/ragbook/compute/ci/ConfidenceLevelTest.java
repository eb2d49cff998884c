package org.ragbook.compute.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.ragbook.compute.ci.ConfidenceLevel.NINETY_FIVE;
import static org.ragbook.compute.ci.ConfidenceLevel.NINETY_NINE_POINT_EIGHT;

import org.junit.jupiter.api.Test;

class ConfidenceLevelTest {

    @Test
    void zIsTheNormalQuantileAtFullPrecisionNotOnePointNineSix() {
        assertThat(NINETY_FIVE.z()).isEqualTo(1.959963984540054);
        assertThat(NINETY_NINE_POINT_EIGHT.z()).isCloseTo(3.090232306167813, within(1e-15));
    }

    @Test
    void labelsAreAsInFingertipsColumnNames() {
        assertThat(NINETY_FIVE.label()).isEqualTo("95.0");
        assertThat(NINETY_NINE_POINT_EIGHT.label()).isEqualTo("99.8");
    }

    @Test
    void alphaIsTheTwoSidedSignificanceLevel() {
        assertThat(NINETY_FIVE.alpha()).isEqualTo(0.05);
        assertThat(NINETY_NINE_POINT_EIGHT.alpha()).isEqualTo(0.002);
    }
}
