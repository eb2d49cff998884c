package org.ragbook.pack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lead's pack for one schema, as plain data: each organisation expected to send it, with its
 * latest annotated return or none yet, and those returns' counted indicators side by side. Finance
 * and BCF leads read every organisation's returns at once rather than fetching them one by one.
 *
 * @param title         what the pack is of: the schema's title
 * @param organisations every organisation, by name
 * @param columns       the Indicators sheet's columns: the returns, by organisation
 * @param indicators    the Indicators sheet's rows, in the schema's order
 */
public record LeadsPack(String title, ReceivedRange range, List<OrganisationLine> organisations,
        List<PackColumn> columns, List<IndicatorLine> indicators) {

    /** By name as a reader looks one up: case aside, then exactly, so that the order is the same every time. */
    private static final Comparator<String> BY_NAME =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    public LeadsPack {
        organisations = List.copyOf(organisations);
        columns = List.copyOf(columns);
        indicators = List.copyOf(indicators);
    }

    /**
     * @param returns        the latest annotated return of each organisation that has one
     * @param expected       the organisations returns are expected from (those with a submitter); any of
     *                       them without a return is listed as not yet submitted
     * @param indicatorOrder the schema's indicator codes, in its order
     */
    public static LeadsPack of(String title, ReceivedRange range, List<PackedReturn> returns, List<String> expected,
            List<String> indicatorOrder) {
        List<PackedReturn> sorted = returns.stream()
                .sorted(Comparator.comparing(PackedReturn::organisation, BY_NAME)).toList();
        Set<String> sent = sorted.stream().map(PackedReturn::organisation).collect(Collectors.toSet());
        List<OrganisationLine> organisations = new ArrayList<>();
        sorted.forEach(packed ->
                organisations.add(new OrganisationLine.Submitted(packed, RagCounts.of(packed.counted()))));
        expected.stream().distinct().filter(organisation -> !sent.contains(organisation))
                .forEach(organisation -> organisations.add(new OrganisationLine.NotYetSubmitted(organisation)));
        organisations.sort(Comparator.comparing(OrganisationLine::organisation, BY_NAME));
        IndicatorGrid grid = IndicatorGrid.of(sorted, indicatorOrder);
        return new LeadsPack(title, range, organisations, grid.columns(), grid.lines());
    }
}
