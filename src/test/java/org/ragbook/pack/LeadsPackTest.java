package org.ragbook.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ragbook.annotate.RagColour;
import org.ragbook.report.Report;

/** The pack is built from plain records: who is listed, in what order, and what each cell holds. */
class LeadsPackTest {

    private static final ReceivedRange ANY_DAY = new ReceivedRange(null, null);
    private static final List<String> SCHEMA_ORDER = List.of("A01b", "C24a", "D02a");

    @Test
    void every_expected_organisation_is_listed_by_name_those_without_a_return_as_not_yet_submitted() {
        LeadsPack pack = LeadsPack.of("PHOF", ANY_DAY, List.of(
                packed("Rutland County Council", entry("C24a", "E06000017", 70.0, "amber", true)),
                packed("leicester City Council", entry("C24a", "E06000016", 80.0, "green", true))),
                List.of("Melton Borough Council", "Rutland County Council", "Melton Borough Council"), SCHEMA_ORDER);

        assertThat(pack.organisations()).extracting(OrganisationLine::organisation)
                .containsExactly("leicester City Council", "Melton Borough Council", "Rutland County Council");
        assertThat(pack.organisations().get(1)).isInstanceOf(OrganisationLine.NotYetSubmitted.class);
        assertThat(pack.columns()).extracting(PackColumn::label)
                .as("a column for each return, none for an organisation without one")
                .containsExactly("leicester City Council", "Rutland County Council");
    }

    @Test
    void the_counts_are_of_the_counted_observations_only() {
        LeadsPack pack = LeadsPack.of("PHOF", ANY_DAY, List.of(packed("Leicestershire",
                entry("C24a", "E10000018", 77.6, "green", true),
                entry("C24a", "E10000018", 76.0, "red", false),
                entry("D02a", "E10000018", 1560.7, "red", true),
                entry("A01b", "E10000018", null, "notCompared", true))), List.of(), SCHEMA_ORDER);

        OrganisationLine.Submitted line = (OrganisationLine.Submitted) pack.organisations().get(0);
        assertThat(line.counts()).isEqualTo(new RagCounts(1, 0, 1, 1));
    }

    @Test
    void indicators_come_in_the_schemas_order_each_split_a_row_and_a_return_without_one_leaves_its_cell_empty() {
        LeadsPack pack = LeadsPack.of("PHOF", ANY_DAY, List.of(
                packed("Leicestershire", entry("D02a", "E10000018", 1560.7, "red", true),
                        entry("A01b", "E10000018", "Male", 80.9, "green"),
                        entry("A01b", "E10000018", "Female", 84.3, "green")),
                packed("Rutland", entry("X99", "E06000017", 1.0, "notCompared", true),
                        suppressed("D02a", "E06000017"))),
                List.of(), SCHEMA_ORDER);

        assertThat(pack.indicators()).extracting(line -> line.indicator() + " " + line.sex())
                .containsExactly("A01b Male", "A01b Female", "D02a Persons", "X99 Persons");
        IndicatorLine chlamydia = pack.indicators().get(2);
        assertThat(chlamydia.cells()).extracting(PackCell::value).containsExactly(1560.7, null);
        assertThat(chlamydia.cells().get(0).colour()).isEqualTo(RagColour.RED);
        assertThat(chlamydia.cells().get(0).reason()).isEqualTo("D02a is red");
        assertThat(chlamydia.cells().get(1).text()).as("suppressed, as the workbook shows it").isEqualTo("*");
        assertThat(pack.indicators().get(0).cells().get(1)).isEqualTo(PackCell.NOT_IN_RETURN);
    }

    @Test
    void a_return_counting_several_areas_of_its_own_has_a_column_for_each() {
        LeadsPack pack = LeadsPack.of("Cancer waits", ANY_DAY, List.of(packed("LLR CCGs",
                entry("C24a", "E38000051", 91.0, "green", true), entry("C24a", "E38000201", 84.0, "red", true))),
                List.of(), SCHEMA_ORDER);

        assertThat(pack.columns()).extracting(PackColumn::label)
                .containsExactly("LLR CCGs: Area E38000051", "LLR CCGs: Area E38000201");
        assertThat(pack.indicators()).singleElement().satisfies(line ->
                assertThat(line.cells()).extracting(PackCell::value).containsExactly(91.0, 84.0));
    }

    @Test
    void received_days_are_uk_days_and_said_in_words() {
        ReceivedRange april = new ReceivedRange(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 4, 30));

        assertThat(april.start()).as("midnight BST").isEqualTo(Instant.parse("2021-03-31T23:00:00Z"));
        assertThat(april.end()).isEqualTo(Instant.parse("2021-04-30T23:00:00Z"));
        assertThat(april.words()).isEqualTo("received 1 April 2021 to 30 April 2021");
        assertThat(new ReceivedRange(LocalDate.of(2021, 1, 4), null).words()).isEqualTo("received from 4 January 2021");
        assertThat(new ReceivedRange(LocalDate.of(2021, 1, 4), null).start()).isEqualTo(Instant.parse("2021-01-04T00:00:00Z"));
        assertThat(ANY_DAY.words()).isEmpty();
        assertThat(ANY_DAY.start()).isNull();
        assertThatThrownBy(() -> new ReceivedRange(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'to' (2021-03-01) is before 'from' (2021-04-01)");
    }

    private static PackedReturn packed(String organisation, Report.ObservationEntry... entries) {
        return PackedReturn.of(organisation, "analyst", Instant.parse("2021-04-06T09:30:00Z"), "2020", "returns.xlsx",
                URI.create("https://ragbook.example.org/api/returns/1"), new Report("phof-dashboard", "returns.xlsx",
                        null, List.of(), List.of(entries), null, List.of(), List.of(), List.of()));
    }

    private static Report.ObservationEntry entry(String indicator, String area, Double value, String rag,
            boolean counted) {
        return entry(indicator, area, "Persons", value, rag, false, counted);
    }

    private static Report.ObservationEntry entry(String indicator, String area, String sex, Double value, String rag) {
        return entry(indicator, area, sex, value, rag, false, true);
    }

    private static Report.ObservationEntry suppressed(String indicator, String area) {
        return entry(indicator, area, "Persons", null, "notCompared", true, true);
    }

    private static Report.ObservationEntry entry(String indicator, String area, String sex, Double value, String rag,
            boolean suppressed, boolean counted) {
        return new Report.ObservationEntry(indicator, indicator + " name", area, "Area " + area, sex, "All ages",
                "2020", value, null, null, 70.0, null, null, rag, indicator + " is " + rag, "Indicators!H2", null,
                null, "Given in the return", suppressed, null, null, null, null, null, null, null, null, counted);
    }
}
