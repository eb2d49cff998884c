package org.ragbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionStoreTest {

    @TempDir
    Path data;

    @Test
    void keeps_the_upload_byte_for_byte_under_a_new_random_id() throws Exception {
        SubmissionStore store = new SubmissionStore(data);

        Submission first = store.create("Returns Q3.XLSX", new ByteArrayInputStream(new byte[] {1, 2, 3}));
        Submission second = store.create("returns.csv", new ByteArrayInputStream(new byte[] {4}));

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(first.original())
                .isEqualTo(data.resolve("submissions").resolve(first.id()).resolve("original.xlsx"));
        assertThat(Files.readAllBytes(first.original())).containsExactly(1, 2, 3);
        assertThat(second.original().getFileName()).hasToString("original.csv");
        assertThat(store.find(first.id())).contains(first);
    }

    @Test
    void an_extension_that_is_not_plain_is_not_used_in_the_stored_name() {
        Submission submission =
                new SubmissionStore(data).create("returns.x/../../y", new ByteArrayInputStream(new byte[0]));

        assertThat(submission.original().getFileName()).hasToString("original.bin");
        assertThat(submission.original().getParent()).isEqualTo(submission.folder());
    }

    @Test
    void finds_nothing_for_an_id_that_is_not_a_submission_id() throws Exception {
        SubmissionStore store = new SubmissionStore(data);
        Files.createDirectories(data.resolve("submissions"));
        Files.createDirectories(data.resolve("secret"));
        Files.writeString(data.resolve("secret").resolve("original.txt"), "not yours");

        assertThat(store.find("../secret")).isEmpty();
        assertThat(store.find("..")).isEmpty();
        assertThat(store.find("7D444840-9DC0-11D1-B245-5FFDCE74FAD2")).isEmpty();
        assertThat(store.find("7d444840-9dc0-11d1-b245-5ffdce74fad2")).isEmpty();
        assertThat(store.find(null)).isEmpty();
    }

    @Test
    void a_submission_has_no_report_until_the_pipeline_has_written_one() throws Exception {
        Submission submission = new SubmissionStore(data).create("returns.xlsx", new ByteArrayInputStream(new byte[0]));

        assertThat(submission.hasReport()).isFalse();
        Files.writeString(submission.report(), "{}");
        assertThat(submission.hasReport()).isTrue();
    }
}
