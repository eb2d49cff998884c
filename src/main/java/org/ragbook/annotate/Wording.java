package org.ragbook.annotate;

import org.ragbook.compute.Assessment;
import org.ragbook.schema.Target;
import org.ragbook.validate.Observation;
import org.ragbook.validate.Severity;

/** How the workbook words a judgement's parts, the same in every sheet and column. */
final class Wording {

    private Wording() {
    }

    /** How the value stands against its target, such as {@code Missed (>= 85)}; empty without a target. */
    static String target(Assessment a) {
        Target target = a.observation().indicator().target();
        String result = switch (a.target()) {
            case MET -> "Met";
            case WITHIN_TOLERANCE -> "Missed, within tolerance";
            case MISSED -> "Missed";
            case NO_TARGET -> null;
        };
        return result == null || target == null ? "" : result + " (" + target + ")";
    }

    static String targetOf(Observation o) {
        return o.indicator().target() == null ? "" : o.indicator().target().toString();
    }

    static String sex(Observation o) {
        return o.sex() == null ? "" : o.sex().label();
    }

    /** The area's name and code, {@code Leicestershire (E10000018)}, or whichever the return gave. */
    static String area(Observation o) {
        if (o.areaName() == null || o.areaName().isBlank()) {
            return o.areaCode() == null ? "" : o.areaCode();
        }
        return o.areaCode() == null ? o.areaName() : o.areaName() + " (" + o.areaCode() + ")";
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    static String severity(Severity severity) {
        String label = severity.label();
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
