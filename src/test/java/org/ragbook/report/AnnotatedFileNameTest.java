package org.ragbook.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnnotatedFileNameTest {

    @Test
    void puts_annotated_before_the_extension() {
        assertThat(AnnotatedFileName.of("returns.xlsx")).isEqualTo("returns-annotated.xlsx");
        assertThat(AnnotatedFileName.of("q3.returns.csv")).isEqualTo("q3.returns-annotated.csv");
    }

    @Test
    void can_change_the_extension_for_a_csv_return_annotated_as_a_workbook() {
        assertThat(AnnotatedFileName.of("returns.csv", "xlsx")).isEqualTo("returns-annotated.xlsx");
    }

    @Test
    void appends_to_a_name_without_an_extension() {
        assertThat(AnnotatedFileName.of("returns")).isEqualTo("returns-annotated");
        assertThat(AnnotatedFileName.of(".hidden", "xlsx")).isEqualTo(".hidden-annotated.xlsx");
    }
}
