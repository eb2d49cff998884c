package org.ragbook.template;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.ragbook.schema.Indicator;
import org.ragbook.schema.PeriodFormat;
import org.ragbook.schema.Sex;

/** The checks a template's columns take from its schema: the indicators a sheet holds, and their sexes, ages and periods. */
final class SchemaChecks {

    private SchemaChecks() {
    }

    static CellCheck codes(List<Indicator> indicators) {
        return new CellCheck.Choice(distinct(indicators.stream().map(Indicator::code).toList()),
                "Pick an indicator code from the list; the " + InstructionsSheet.NAME + " sheet says what each one is.");
    }

    /** The sexes the indicators are published for: both, for one published for males and females separately. */
    static CellCheck sexes(List<Indicator> indicators) {
        Set<Sex> sexes = EnumSet.noneOf(Sex.class);
        for (Indicator indicator : indicators) {
            if (indicator.sex() == null) {
                sexes.add(Sex.MALE);
                sexes.add(Sex.FEMALE);
            } else {
                sexes.add(indicator.sex());
            }
        }
        List<String> labels = sexes.stream().map(Sex::label).toList();
        return new CellCheck.Choice(labels, "Pick " + inWords(labels, "or") + " from the list.");
    }

    /** The ages the indicators name, or null when none names one and Age is free text. */
    static CellCheck ages(List<Indicator> indicators) {
        List<String> ages = distinct(indicators.stream().map(Indicator::age).filter(Objects::nonNull).toList());
        return ages.isEmpty() ? null : new CellCheck.Choice(ages, "Pick an age from the list: the ages this"
                + " schema's indicators are published for. Leave it blank for the indicator's own.");
    }

    static CellCheck period(String column, List<Indicator> indicators) {
        Set<PeriodFormat> formats = new LinkedHashSet<>();
        indicators.forEach(i -> formats.add(i.periodFormat()));
        List<String> examples = formats.stream().map(SchemaChecks::example).toList();
        String each = formats.size() == 1 ? "." : "; the " + InstructionsSheet.NAME + " sheet gives each indicator's.";
        return new CellCheck.Hint(column, "Write the period as " + inWords(examples, "or") + each);
    }

    /** A format as the template shows it: {@code 2019/20 (financial year)}. */
    static String example(PeriodFormat format) {
        return format.example() + " (" + format.name().replace('_', ' ').toLowerCase(Locale.ROOT) + ")";
    }

    private static List<String> distinct(Collection<String> items) {
        return new ArrayList<>(new LinkedHashSet<>(items));
    }

    private static String inWords(List<String> items, String conjunction) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " "
                + items.get(items.size() - 1);
    }
}
