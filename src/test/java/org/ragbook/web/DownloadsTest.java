package org.ragbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void names_the_download_plainly_and_exactly_so_every_browser_keeps_the_analysts_name() {
        assertThat(Downloads.attachment("returns-annotated.xlsx"))
                .isEqualTo("attachment; filename=\"returns-annotated.xlsx\"; filename*=UTF-8''returns-annotated.xlsx");
        assertThat(Downloads.attachment("Résumé Q3 \"final\"-annotated.xlsx")).isEqualTo("attachment;"
                + " filename=\"R_sum_ Q3 _final_-annotated.xlsx\";"
                + " filename*=UTF-8''R%C3%A9sum%C3%A9%20Q3%20%22final%22-annotated.xlsx");
    }
}
