package org.ragbook.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ragbook.compute.Rag;

class NarrativeTest {

    @Test
    void writesTheSeedPapersSentence() {
        assertThat(Narrative.ragSentence(Map.of(Rag.GREEN, 18, Rag.AMBER, 12, Rag.RED, 3, Rag.NOT_COMPARED, 5)))
                .isEqualTo("Of the comparable indicators, 18 are green, 12 amber and 3 red. "
                        + "5 indicators are not suitable for comparison or have no national data.");
    }

    @Test
    void oneIsSingular() {
        assertThat(Narrative.ragSentence(Map.of(Rag.GREEN, 1, Rag.RED, 2, Rag.NOT_COMPARED, 1)))
                .isEqualTo("Of the comparable indicators, 1 is green and 2 red. "
                        + "1 indicator is not suitable for comparison or has no national data.");
    }

    @Test
    void coloursWithNoIndicatorsAreLeftOut() {
        assertThat(Narrative.ragSentence(Map.of(Rag.GREEN, 0, Rag.AMBER, 4, Rag.RED, 0, Rag.NOT_COMPARED, 0)))
                .isEqualTo("Of the comparable indicators, 4 are amber.");
    }

    @Test
    void aSingleComparableIndicatorIsNamedSo() {
        assertThat(Narrative.ragSentence(Map.of(Rag.RED, 1))).isEqualTo("The one comparable indicator is red.");
    }

    @Test
    void nothingComparableOrNothingAtAllIsSaidPlainly() {
        assertThat(Narrative.ragSentence(Map.of(Rag.NOT_COMPARED, 2)))
                .isEqualTo("None of the indicators could be compared. "
                        + "2 indicators are not suitable for comparison or have no national data.");
        assertThat(Narrative.ragSentence(Map.of())).isEqualTo("No indicators were assessed.");
    }

    @Test
    void bestAndWorstAreSaidAsPartsOfTheGreenAndRedAndNothingIsSaidWithoutThem() {
        assertThat(Narrative.bestAndWorstSentence(2, 1)).isEqualTo("2 of the green are Best and 1 of the red is"
                + " Worst (significantly different from the benchmark at 99.8% as well as 95%).");
        assertThat(Narrative.bestAndWorstSentence(1, 0)).isEqualTo("1 of the green is Best (significantly different"
                + " from the benchmark at 99.8% as well as 95%).");
        assertThat(Narrative.bestAndWorstSentence(0, 0)).isEmpty();
    }
}
