package org.ragbook.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ragbook.fixtures.Area;
import org.ragbook.fixtures.FilledTemplate;
import org.ragbook.fixtures.LongRow;
import org.ragbook.read.ReturnReader;
import org.ragbook.read.ReturnTable;
import org.ragbook.schema.ReturnSchema;

/** A return made from a template Ragbook wrote, then read back from the file, against the schema as it is now. */
class OldTemplateTest {

    @TempDir
    Path dir;

    private static ReturnSchema atVersion(ReturnSchema s, String id, int version) {
        return new ReturnSchema(id, s.title(), s.description(), id + ".yaml", s.wideLayout(), s.areaCode(),
                s.areaName(), s.ageBandSheet(), s.indicators(), version);
    }

    /** A template of {@code schema} with one good C24a row, read back. */
    private ReturnTable returnMadeFrom(ReturnSchema schema) {
        Path file = dir.resolve("return.xlsx");
        FilledTemplate.write(schema, file, LongRow.sheet(List.of(LongRow.of("C24a",
                "Cancer screening coverage - breast cancer", Area.LEICESTERSHIRE, "Female", "53-70 yrs", "2020", 77.6)
                .ci(77.2, 78.0).counts(1000.0, 1289.0))));
        return ReturnReader.read(file, "return.xlsx");
    }

    private static List<Finding> oldTemplate(Validation validation) {
        return validation.findings().stream().filter(f -> f.rule().equals("old-template")).toList();
    }

    @Test
    void aReturnFromAnOlderTemplateIsWarnedNamingBothVersions_andStillRead() {
        ReturnTable table = returnMadeFrom(atVersion(TestSchemas.SAMPLE, "sample", 1));

        Validation validation = Validator.validate(table, atVersion(TestSchemas.SAMPLE, "sample", 2));

        assertThat(validation.findings()).containsExactly(new Finding(Severity.WARNING, "old-template", null, null,
                "This return was made from template version 1 of the sample schema; the current template is"
                        + " version 2. Download a new template and copy your rows into it."));
        assertThat(validation.observations()).hasSize(1);
    }

    @Test
    void aReturnFromTheCurrentTemplateOrANewerOneIsNotWarned() {
        assertThat(oldTemplate(Validator.validate(returnMadeFrom(atVersion(TestSchemas.SAMPLE, "sample", 2)),
                atVersion(TestSchemas.SAMPLE, "sample", 2)))).isEmpty();
        assertThat(oldTemplate(Validator.validate(returnMadeFrom(atVersion(TestSchemas.SAMPLE, "sample", 3)),
                atVersion(TestSchemas.SAMPLE, "sample", 2)))).isEmpty();
    }

    @Test
    void anotherSchemasTemplateSaysNothingAboutThisSchemasVersion() {
        ReturnTable table = returnMadeFrom(atVersion(TestSchemas.SAMPLE, "other", 1));

        assertThat(table.template().schemaId()).isEqualTo("other");
        assertThat(oldTemplate(Validator.validate(table, atVersion(TestSchemas.SAMPLE, "sample", 2)))).isEmpty();
    }

    @Test
    void aReturnOfTheAnalystsOwnCarriesNoStampAndIsNotWarned() {
        ReturnTable table = Tables.longTable(new Object[] {"C24a", null, "E10000018", null, "F", null, "2020", 77.6,
                null, null, null, null, null});

        assertThat(table.template()).isNull();
        assertThat(oldTemplate(Validator.validate(table, atVersion(TestSchemas.SAMPLE, "sample", 2)))).isEmpty();
    }

    @Test
    void aReturnWhoseTableCannotBeFoundIsStillToldItsTemplateIsOld() {
        Path file = dir.resolve("headerless.xlsx");
        FilledTemplate.write(atVersion(TestSchemas.SAMPLE, "sample", 1), file);
        ReturnTable table = ReturnReader.read(file, "headerless.xlsx");
        ReturnTable withoutHeader = new ReturnTable(table.fileName(), table.format(), List.of(), table.template());

        assertThat(Validator.validate(withoutHeader, atVersion(TestSchemas.SAMPLE, "sample", 2)).findings())
                .extracting(Finding::rule).containsExactly("old-template", "missing-sheet");
    }
}
