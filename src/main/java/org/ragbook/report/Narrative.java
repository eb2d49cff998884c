package org.ragbook.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ragbook.compute.Assessment;
import org.ragbook.compute.Comparison;
import org.ragbook.compute.Rag;
import org.ragbook.compute.TargetResult;

/** The words a committee paper uses for a return's results, so that analysts can paste them in. */
public final class Narrative {

    private Narrative() {
    }

    /**
     * The RAG sentence with, where the two-level comparison gave any, the Best and Worst sentence
     * after it: the paragraph the Summary sheet and the JSON report both give. It counts what a
     * committee counts ({@link Assessment#counted()}); a return of several areas of its own gets a
     * sentence per area, each naming it.
     */
    public static String of(List<Assessment> assessments) {
        List<OwnArea> areas = OwnArea.of(assessments);
        if (areas.size() <= 1) {
            return ofOneArea(areas.isEmpty() ? List.of() : areas.get(0).counted());
        }
        return areas.stream().map(area -> {
            String sentence = ofOneArea(area.counted());
            return "For " + area.name() + ", " + sentence.substring(0, 1).toLowerCase(Locale.ROOT) + sentence.substring(1);
        }).collect(Collectors.joining(" "));
    }

    private static String ofOneArea(List<Assessment> assessments) {
        String extremes = bestAndWorstSentence(byBenchmark(assessments, Comparison.BEST),
                byBenchmark(assessments, Comparison.WORST));
        String sentence = ragSentence(ReportBuilder.countsByColour(assessments));
        return extremes.isEmpty() ? sentence : sentence + " " + extremes;
    }

    /** Best and Worst colour a value only where no target decided it instead. */
    private static int byBenchmark(List<Assessment> assessments, Comparison comparison) {
        return (int) assessments.stream()
                .filter(a -> a.counted() && a.comparison() == comparison && a.target() == TargetResult.NO_TARGET).count();
    }

    /**
     * The RAG sentence as the seed papers write it: "Of the comparable indicators, 18 are green,
     * 12 amber and 3 red. 5 indicators are not suitable for comparison or have no national data."
     * Colours with no indicators are left out; a missing colour counts as none.
     */
    public static String ragSentence(Map<Rag, Integer> counts) {
        int green = counts.getOrDefault(Rag.GREEN, 0);
        int amber = counts.getOrDefault(Rag.AMBER, 0);
        int red = counts.getOrDefault(Rag.RED, 0);
        int notCompared = counts.getOrDefault(Rag.NOT_COMPARED, 0);
        if (green + amber + red + notCompared == 0) {
            return "No indicators were assessed.";
        }
        String compared = comparedSentence(green, amber, red);
        if (notCompared == 0) {
            return compared;
        }
        String rest = notCompared == 1
                ? "1 indicator is not suitable for comparison or has no national data."
                : notCompared + " indicators are not suitable for comparison or have no national data.";
        return compared + " " + rest;
    }

    /**
     * What the two-level comparison adds to the RAG sentence, or nothing when no value is Best or
     * Worst: "2 of the green are Best and 1 of the red is Worst (significantly different from the
     * benchmark at 99.8% as well as 95%)." Best and Worst are counted in green and red, as the
     * committee reads the colours; this says how many of them are the most certain.
     */
    public static String bestAndWorstSentence(int best, int worst) {
        List<String> parts = new ArrayList<>();
        if (best > 0) {
            parts.add(best + " of the green " + (best == 1 ? "is" : "are") + " Best");
        }
        if (worst > 0) {
            parts.add(worst + " of the red " + (worst == 1 ? "is" : "are") + " Worst");
        }
        if (parts.isEmpty()) {
            return "";
        }
        return String.join(" and ", parts)
                + " (significantly different from the benchmark at 99.8% as well as 95%).";
    }

    private static String comparedSentence(int green, int amber, int red) {
        List<String> parts = new ArrayList<>();
        addPart(parts, green, "green");
        addPart(parts, amber, "amber");
        addPart(parts, red, "red");
        if (parts.isEmpty()) {
            return "None of the indicators could be compared.";
        }
        if (green + amber + red == 1) {
            return "The one comparable indicator is " + parts.get(0).substring(2) + ".";
        }
        return "Of the comparable indicators, " + verb(parts.get(0)) + joined(parts.subList(1, parts.size())) + ".";
    }

    private static void addPart(List<String> parts, int count, String colour) {
        if (count > 0) {
            parts.add(count + " " + colour);
        }
    }

    /** "18 green" becomes "18 are green", "1 green" becomes "1 is green". */
    private static String verb(String first) {
        int space = first.indexOf(' ');
        String number = first.substring(0, space);
        return number + (number.equals("1") ? " is" : " are") + first.substring(space);
    }

    private static String joined(List<String> rest) {
        if (rest.isEmpty()) {
            return "";
        }
        if (rest.size() == 1) {
            return " and " + rest.get(0);
        }
        return ", " + rest.get(0) + " and " + rest.get(1);
    }
}
