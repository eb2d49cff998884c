package org.ragbook.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ragbook.schema.SchemaCatalog;

/** Fingertips gives E14 to two age bands; the row's Age decides which indicator it is. */
class SharedCodeTest {

    private static Object[] e14(String age, double value) {
        return new Object[] {"E14", null, "E10000018", "Leicestershire", "Persons", age, "Aug 2018 - Jul 2019", value,
            null, null, null, null, null};
    }

    @Test
    void aRowNamingE14WithAge85PlusBindsThe85PlusIndicator() {
        Validation v = Validator.validate(Tables.longTable(e14("All ages", 13.1), e14("85+ yrs", 17.9)),
                SchemaCatalog.builtIn().find("phof-dashboard").orElseThrow());

        assertThat(v.findings()).isEmpty();
        assertThat(v.observations()).extracting(o -> o.indicator().id())
                .containsExactly("excess-winter-deaths", "excess-winter-deaths-85-plus");
    }
}
