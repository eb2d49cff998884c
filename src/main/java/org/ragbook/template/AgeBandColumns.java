package org.ragbook.template;

import java.util.Arrays;
import java.util.List;
import org.ragbook.validate.AgeBandColumn;

/** The columns of a template's age-band sheet, from which directly standardised rates are computed. */
final class AgeBandColumns {

    private AgeBandColumns() {
    }

    static List<TemplateColumn> all() {
        return Arrays.stream(AgeBandColumn.values())
                .map(c -> new TemplateColumn(c.header(), c.required(), width(c), null))
                .toList();
    }

    private static int width(AgeBandColumn column) {
        return switch (column) {
            case SEX -> 9;
            case AGE_BAND, COUNT -> 10;
            default -> 12;
        };
    }
}
