package org.ragbook.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ragbook.compute.Assessment;
import org.ragbook.compute.Rag;
import org.ragbook.compute.trend.TrendLabel;

/**
 * The paragraph on one colour's indicators, as seed paper 000 writes paragraphs 25–27: the
 * indicators with their period, value and benchmark; then their significant trends over the last
 * five periods in the Fingertips words ("significant improvement", "significant declining
 * (worsening) performance", "no significant change"); then, for the reds, each one's rank among
 * the comparator group ("ranked 11th out of 16 compared to CIPFA neighbours").
 */
final class ColourParagraph {

    private static final String OVER_FIVE = " over the last five time periods.";

    private ColourParagraph() {
    }

    /**
     * @param lead "" for a return of one area, or "For East Leicestershire and Rutland CCG, " to
     *             say whose indicators these are
     */
    static String of(Rag colour, List<Assessment> indicators, String lead) {
        String colourName = colour.key().toLowerCase(Locale.ROOT);
        List<String> named = indicators.stream().map(Prose::withFigures).toList();
        String opening = indicators.size() == 1
                ? "the one " + colourName + " indicator is " + named.get(0) + "."
                : "the " + Words.number(indicators.size()) + " " + colourName + " indicators are "
                        + Words.list(named) + ".";
        List<String> sentences = new ArrayList<>();
        sentences.add(Words.capitalised(lead + opening));
        sentences.addAll(trends(indicators));
        if (colour == Rag.RED) {
            indicators.stream().filter(a -> a.rank() != null).map(ColourParagraph::rank).forEach(sentences::add);
        }
        return String.join(" ", sentences);
    }

    private static List<String> trends(List<Assessment> indicators) {
        List<Assessment> trended = indicators.stream()
                .filter(a -> a.trend() != null && a.trend().label() != TrendLabel.CANNOT_BE_CALCULATED)
                .toList();
        List<String> sentences = new ArrayList<>();
        sentence(sentences, trended, " shown significant improvement", TrendLabel.INCREASING_AND_GETTING_BETTER,
                TrendLabel.DECREASING_AND_GETTING_BETTER);
        sentence(sentences, trended, " shown a significant declining (worsening) performance",
                TrendLabel.INCREASING_AND_GETTING_WORSE, TrendLabel.DECREASING_AND_GETTING_WORSE);
        sentence(sentences, trended, " shown a significant increase", TrendLabel.INCREASING);
        sentence(sentences, trended, " shown a significant decrease", TrendLabel.DECREASING);
        List<String> unchanged = names(trended, TrendLabel.NO_SIGNIFICANT_CHANGE);
        if (unchanged.isEmpty()) {
            return sentences;
        }
        if (unchanged.size() == trended.size() && trended.size() < indicators.size()) {
            sentences.add("Only " + Words.list(unchanged) + (unchanged.size() == 1
                    ? " has a trend presented, which shows" : " have trends presented, which all show")
                    + " no significant change" + OVER_FIVE);
        } else {
            sentences.add(Words.list(unchanged) + (unchanged.size() == 1 ? " shows" : " show")
                    + " no significant change" + OVER_FIVE);
        }
        return sentences;
    }

    private static void sentence(List<String> sentences, List<Assessment> trended, String shown, TrendLabel... labels) {
        List<String> names = names(trended, labels);
        if (!names.isEmpty()) {
            sentences.add(Words.list(names) + " " + Words.has(names.size()) + shown + OVER_FIVE);
        }
    }

    private static List<String> names(List<Assessment> trended, TrendLabel... labels) {
        List<TrendLabel> wanted = List.of(labels);
        return trended.stream().filter(a -> wanted.contains(a.trend().label()))
                .map(a -> Prose.name(a.observation())).toList();
    }

    /** "Chlamydia detection rate for 2019 is ranked 11th out of 16 compared to CIPFA neighbours." */
    private static String rank(Assessment a) {
        String among = a.rank().among() == null ? "its comparator group" : a.rank().among();
        return Prose.nameAndPeriod(a.observation()) + " is ranked " + Words.ordinal(a.rank().position()) + " out of "
                + a.rank().of() + " compared to " + among + ".";
    }
}
