package org.ragbook.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ragbook.compute.Assessment;
import org.ragbook.compute.Comparison;
import org.ragbook.validate.Observation;

/**
 * The paragraph on the indicators that could not be compared, each with its reason, as seed paper
 * 000 writes paragraph 28: "HIV late diagnosis (%) for 2017-19 has no value presented as the data
 * is suppressed…"; the reason for a missing value is the return's own Value note.
 */
final class NotComparedParagraph {

    private static final String NOT_COMPARED = "Not compared: ";

    private NotComparedParagraph() {
    }

    static String of(List<Assessment> indicators, String lead) {
        List<String> sentences = new ArrayList<>();
        sentences.add(Words.capitalised(lead + (indicators.size() == 1
                ? "one indicator is not compared."
                : Words.number(indicators.size()) + " indicators are not compared.")));
        indicators.stream().map(NotComparedParagraph::sentence).forEach(sentences::add);
        return String.join(" ", sentences);
    }

    private static String sentence(Assessment a) {
        Observation o = a.observation();
        String named = Prose.nameAndPeriod(o);
        if (a.suppressed()) {
            return named + " has no value presented as the data is suppressed: the count is below "
                    + o.indicator().suppressBelow() + ", too few to publish.";
        }
        if (a.value() == null) {
            if (o.valueNote() != null && !o.valueNote().isBlank()) {
                return named + " has no value presented: " + withoutFullStop(o.valueNote().trim()) + ".";
            }
            return a.reason().startsWith("Not published")
                    ? named + " is " + a.reason().substring(0, 1).toLowerCase(Locale.ROOT) + a.reason().substring(1)
                    : named + " has no value in the return.";
        }
        String withValue = named + " (" + Prose.figure(a.value(), o) + ")";
        if (a.comparison() == Comparison.HIGHER || a.comparison() == Comparison.LOWER) {
            return withValue + " is significantly " + a.comparison().label().toLowerCase(Locale.ROOT) + " than "
                    + o.indicator().benchmark().areaName() + "; the indicator has no better or worse direction,"
                    + " so it is not coloured.";
        }
        if (a.quintile() != null) {
            return withValue + " falls within the " + a.quintile().label() + " of the areas in the return.";
        }
        String why = a.reason().startsWith(NOT_COMPARED) ? a.reason().substring(NOT_COMPARED.length()) : a.reason();
        return withValue + " is not compared: " + withoutFullStop(why) + ".";
    }

    private static String withoutFullStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
