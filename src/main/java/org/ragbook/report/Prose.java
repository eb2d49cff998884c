package org.ragbook.report;

import org.ragbook.compute.Assessment;
import org.ragbook.schema.Indicator;
import org.ragbook.schema.ValueType;
import org.ragbook.validate.Observation;

/** How the paragraphs name an indicator, its period and its figures in running text. */
final class Prose {

    private Prose() {
    }

    /** The indicator's name, with its sex where it is published for males and females apart. */
    static String name(Observation o) {
        return o.sex() == null || o.sex() == o.indicator().sex() ? o.indicator().name()
                : o.indicator().name() + " (" + o.sex().label() + ")";
    }

    /** "Under 18 conceptions for 2019". */
    static String nameAndPeriod(Observation o) {
        return name(o) + (o.period() == null ? "" : " for " + o.period());
    }

    /** "Under 18 conceptions (2019: 11.6; England 15.7)", or against its target "(Dec-20: 88.6; target >= 88)". */
    static String withFigures(Assessment a) {
        Observation o = a.observation();
        StringBuilder text = new StringBuilder(name(o)).append(" (");
        if (o.period() != null) {
            text.append(o.period()).append(": ");
        }
        text.append(a.value() == null ? "no value" : figure(a.value(), o));
        if (o.indicator().target() != null) {
            text.append("; target ").append(o.indicator().target());
        } else if (a.benchmarkValue() != null) {
            text.append("; ").append(o.indicator().benchmark().areaName()).append(' ')
                    .append(figure(a.benchmarkValue(), o));
        }
        return text.append(')').toString();
    }

    /** A figure as the workbook shows it, with a per cent sign for a percentage. */
    static String figure(double value, Observation o) {
        return Figures.format(value) + (isPercentage(o.indicator()) ? "%" : "");
    }

    static boolean isPercentage(Indicator indicator) {
        return indicator.valueType() == ValueType.PROPORTION && indicator.multiplier() == 100;
    }

    /** The area's name, or its code where the return gives no name. */
    static String area(Observation o) {
        return o.areaName() != null && !o.areaName().isBlank() ? o.areaName().trim()
                : o.areaCode() == null ? "the area" : o.areaCode();
    }
}
