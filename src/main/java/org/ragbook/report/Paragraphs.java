package org.ragbook.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ragbook.compute.Assessment;
import org.ragbook.compute.Rag;
import org.ragbook.compute.SeriesChart;
import org.ragbook.schema.ReturnSchema;

/**
 * The committee paper's paragraphs for a return, in the order seed paper 000 writes them
 * (paragraphs 23–28): what the dashboard shows, the counts per colour, a paragraph each on the
 * green, amber and red indicators, the ones not compared with their reasons, and the reading of
 * each SPC chart. A return of several areas of its own gets the counts and colour paragraphs once
 * per area, each naming its area. Only what a committee counts is written about
 * ({@link org.ragbook.compute.CountedObservations}).
 */
public final class Paragraphs {

    private static final List<Rag> COLOUR_ORDER = List.of(Rag.GREEN, Rag.AMBER, Rag.RED);

    private Paragraphs() {
    }

    public static List<Paragraph> of(ReturnSchema schema, String fileName, List<Assessment> assessments,
            List<SeriesChart> charts) {
        List<OwnArea> areas = OwnArea.of(assessments);
        List<Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(new Paragraph(Paragraph.PURPOSE, purpose(schema, fileName, areas)));
        if (areas.size() > 1) {
            paragraphs.add(new Paragraph(Paragraph.AREAS, "This return holds " + Words.number(areas.size())
                    + " reporting areas of its own (" + Words.list(areas.stream().map(OwnArea::name).toList())
                    + "), so each is counted on its own: an indicator is counted once for each area, at its latest"
                    + " period."));
        }
        for (OwnArea area : areas) {
            String lead = areas.size() > 1 ? "For " + area.name() + ", " : "";
            paragraphs.add(new Paragraph(Paragraph.COUNTS, counts(area.counted(), lead)));
            Map<Rag, List<Assessment>> byColour = area.counted().stream()
                    .collect(Collectors.groupingBy(Assessment::rag));
            for (Rag colour : COLOUR_ORDER) {
                List<Assessment> coloured = byColour.getOrDefault(colour, List.of());
                if (!coloured.isEmpty()) {
                    paragraphs.add(new Paragraph(colour.key(), ColourParagraph.of(colour, coloured, lead)));
                }
            }
            List<Assessment> notCompared = byColour.getOrDefault(Rag.NOT_COMPARED, List.of());
            if (!notCompared.isEmpty()) {
                paragraphs.add(new Paragraph(Paragraph.NOT_COMPARED, NotComparedParagraph.of(notCompared, lead)));
            }
        }
        charts.stream().filter(SpcParagraph::hasReading)
                .map(chart -> new Paragraph(Paragraph.SPC, SpcParagraph.of(chart))).forEach(paragraphs::add);
        List<SeriesChart> unread = charts.stream().filter(chart -> !SpcParagraph.hasReading(chart)).toList();
        if (!unread.isEmpty()) {
            paragraphs.add(new Paragraph(Paragraph.SPC, SpcParagraph.withoutReading(unread)));
        }
        return List.copyOf(paragraphs);
    }

    /** Paragraph 23: what the dashboard is and what its colours mean. */
    private static String purpose(ReturnSchema schema, String fileName, List<OwnArea> areas) {
        int indicators = areas.stream().mapToInt(a -> a.counted().size()).max().orElse(0);
        String title = schema.title() == null ? schema.id() : schema.title();
        String benchmark = areas.stream().flatMap(a -> a.counted().stream())
                .map(a -> a.observation().indicator().benchmark().areaName())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("England");
        String whose = areas.isEmpty() ? "" : " for " + Words.list(areas.stream().map(OwnArea::name).toList());
        return "This paper sets out current performance against the " + Words.number(indicators) + " "
                + (indicators == 1 ? "indicator" : "indicators") + " of the " + title + " return (" + fileName + ")"
                + whose + ". For each indicator at its latest period it sets out the statistical significance"
                + " compared to the " + benchmark + " value or relevant benchmark, or the position against its"
                + " target where one is set. A RAG rating of 'green' shows those performing better than the"
                + " benchmark or meeting their target, 'amber' those similar to the benchmark or within the"
                + " target's tolerance, and 'red' those worse than the benchmark or missing their target.";
    }

    /** Paragraph 24: "Analysis shows that of the comparable indicators, 18 are green, 12 amber and 3 red." */
    private static String counts(List<Assessment> counted, String lead) {
        String sentence = Narrative.of(counted);
        String lowered = sentence.substring(0, 1).toLowerCase(Locale.ROOT) + sentence.substring(1);
        return lead.isEmpty() ? "Analysis shows that " + lowered : lead + lowered;
    }
}
