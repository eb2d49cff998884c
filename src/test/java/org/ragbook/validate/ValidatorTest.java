package org.ragbook.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ragbook.read.CellValue;
import org.ragbook.schema.Sex;

class ValidatorTest {

    private static Object[] row(String code, String area, String sex, Object period, Object value, Object lci, Object uci,
            Object count, Object denominator) {
        return new Object[] {code, null, area, null, sex, null, period, value, lci, uci, count, denominator, null};
    }

    private static Validation validate(Object[]... rows) {
        return Validator.validate(Tables.longTable(rows), TestSchemas.SAMPLE);
    }

    private static Finding only(Validation v) {
        assertThat(v.findings()).hasSize(1);
        return v.findings().get(0);
    }

    @Test
    void aCleanLongReturnBindsEveryRowWithItsValueCell() {
        Validation v = validate(
                row("C24a", "E10000018", "F", "2020", 77.6, 77.2, 78.0, 1000, 1289),
                row("C24a", "E92000001", "Female", 2020, 74.1, 74.0, 74.2, null, null));

        assertThat(v.findings()).isEmpty();
        assertThat(v.region()).isEqualTo(new DataRegion("Indicators", 0, 12, false));
        assertThat(v.observations()).hasSize(2);
        Observation first = v.observations().get(0);
        assertThat(first.sex()).isEqualTo(Sex.FEMALE);
        assertThat(first.value()).isEqualTo(77.6);
        assertThat(first.valueCell().toString()).isEqualTo("Indicators!H2");
        assertThat(v.observations().get(1).period()).isEqualTo("2020");
    }

    @Test
    void aHeaderBelowATitleAndOnAnySheetIsFound() {
        var table = Tables.table("Data for board",
                new Object[] {"Public Health and Prevention Indicators in Leicestershire"},
                new Object[] {},
                Tables.HEADER,
                row("C24a", "E10000018", "F", "2020", 77.6, null, null, null, null));

        Validation v = Validator.validate(table, TestSchemas.SAMPLE);

        assertThat(v.region().headerRow()).isEqualTo(2);
        assertThat(v.observations()).singleElement().extracting(o -> o.valueCell().toString())
                .isEqualTo("Data for board!H4");
    }

    @Test
    void decimalCommaAndPercentSignAreExplained() {
        Finding f = only(validate(row("C24a", "E10000018", "F", "2020", "12,3%", null, null, null, null)));

        assertThat(f.rule()).isEqualTo("value-not-number");
        assertThat(f.cell().toString()).isEqualTo("Indicators!H2");
        assertThat(f.message()).contains("'12,3%'").contains("full stop").contains("write 12.3");
    }

    @Test
    void placeholderTextAsksForABlankCellAndAValueNote() {
        Finding f = only(validate(row("C24a", "E10000018", "F", "2020", "n/a", null, null, null, null)));

        assertThat(f.rule()).isEqualTo("value-not-number");
        assertThat(f.message()).contains("'n/a'").contains("Value note");
    }

    @Test
    void thousandsSeparatorsAreExplained() {
        Finding f = only(validate(row("D02a", "E10000018", "P", "2019", "1,560.7", null, null, null, null)));

        assertThat(f.message()).contains("write 1560.7");
    }

    @Test
    void excelErrorsAreNamedWithTheirMeaning() {
        Finding f = only(validate(row("C24a", "E10000018", "F", "2020", new CellValue.Error("#DIV/0!"), null, null,
                null, null)));

        assertThat(f.rule()).isEqualTo("excel-error");
        assertThat(f.cell().address()).isEqualTo("H2");
        assertThat(f.message()).contains("#DIV/0!").contains("divides by zero");
    }

    @Test
    void anIndicatorTheSchemaDoesNotListIsReadWithAWarningAtItsCodeCell() {
        Validation v = validate(row("X99", "E10000018", "P", "2020", 1.0, null, null, null, null));
        Finding f = only(v);

        assertThat(f.rule()).isEqualTo("unknown-indicator");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.cell().address()).isEqualTo("A2");
        assertThat(f.message()).contains("'X99'").contains("sample").contains("code: X99");
        assertThat(v.observations()).singleElement().satisfies(o -> assertThat(o.indicator().isListed()).isFalse());
    }

    @Test
    void aFingertipsIndicatorIdNamesTheIndicatorToo() {
        Validation v = validate(row("22001", "E10000018", "F", "2020", 77.6, null, null, null, null));

        assertThat(v.observations()).singleElement().extracting(o -> o.indicator().code()).isEqualTo("C24a");
    }

    @Test
    void proportionAboveOneHundredPercentIsAnError() {
        Finding f = only(validate(row("C24a", "E10000018", "F", "2020", 112.5, null, null, null, null)));

        assertThat(f.rule()).isEqualTo("proportion-out-of-range");
        assertThat(f.cell().address()).isEqualTo("H2");
    }

    @Test
    void countAboveDenominatorIsAnErrorForProportionsButNotForRates() {
        Finding f = only(validate(row("CB_B6", "E38000051", "P", "Dec-20", 77.0, null, null, 120, 94)));
        assertThat(f.rule()).isEqualTo("count-exceeds-denominator");
        assertThat(f.cell().address()).isEqualTo("K2");

        assertThat(validate(row("D02a", "E10000018", "P", "2019", 1560.7, null, null, 120, 94)).findings()).isEmpty();
    }

    @Test
    void aNegativeCountOrDenominatorIsAnErrorAtItsCell() {
        Finding count = only(validate(row("D02a", "E10000018", "P", "2019", 1560.7, null, null, -120, 94)));
        assertThat(count.rule()).isEqualTo("negative-figure");
        assertThat(count.cell().address()).isEqualTo("K2");
        assertThat(count.message()).contains("'Count' cannot be negative", "-120");

        Finding denominator = only(validate(row("D02a", "E10000018", "P", "2019", 1560.7, null, null, 120, -94)));
        assertThat(denominator.cell().address()).isEqualTo("L2");
    }

    @Test
    void aKeyGivenTwiceWithTheSameFiguresIsAWarningNamingBothRowsAndOneIsKept() {
        Validation v = validate(
                row("C24a", "E10000018", "F", "2020", 77.6, 77.2, 78.0, 1000, 1289),
                row("C24a", "E10000018", "Female", "2020", 77.6, 77.2, 78.0, 1000, 1289));

        Finding f = only(v);
        assertThat(f.rule()).isEqualTo("duplicate");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.cell().address()).isEqualTo("H3");
        assertThat(f.message()).contains("Indicators!H2", "Indicators!H3", "same figures");
        assertThat(v.observations()).hasSize(1);
    }

    @Test
    void aKeyGivenTwiceWithDifferentFiguresIsAnErrorNamingBothRowsAndNeitherIsKept() {
        Validation v = validate(
                row("C24a", "E10000018", "F", "2020", 77.6, null, null, null, null),
                row("C24a", "E10000018", "Female", "2020", 77.9, null, null, null, null),
                row("C24a", "E92000001", "F", "2020", 74.1, null, null, null, null));

        Finding f = only(v);
        assertThat(f.rule()).isEqualTo("duplicate");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.cell().address()).isEqualTo("H3");
        assertThat(f.message()).contains("Indicators!H2", "Indicators!H3", "different figures");
        assertThat(v.observations()).extracting(Observation::areaCode).containsExactly("E92000001");
    }

    @Test
    void periodInTheWrongFormatIsNamedWithAnExample() {
        Finding f = only(validate(row("C06", "E10000018", "F", "2019-20", 9.6, null, null, null, null)));

        assertThat(f.rule()).isEqualTo("period-format");
        assertThat(f.cell().address()).isEqualTo("G2");
        assertThat(f.message()).contains("'2019-20'").contains("2019/20");
    }

    @Test
    void aDateTypedAsTextInThePeriodIsCaught() {
        Finding f = only(validate(row("CB_B6", "E38000051", "P", "01/12/2020", 77.0, null, null, null, null)));

        assertThat(f.rule()).isEqualTo("date-as-text");
        assertThat(f.cell().address()).isEqualTo("G2");
    }

    @Test
    void aRealDateIsAcceptedAsAMonthlyPeriod() {
        Validation v = validate(row("CB_B6", "E38000051", "P",
                new CellValue.Date(LocalDateTime.of(2020, 12, 1, 0, 0)), 77.0, null, null, null, null));

        assertThat(v.findings()).isEmpty();
        assertThat(v.observations()).singleElement().extracting(Observation::period).isEqualTo("2020-12");
    }

    @Test
    void unknownSexIsAnError() {
        Finding f = only(validate(row("C24a", "E10000018", "Both", "2020", 77.6, null, null, null, null)));

        assertThat(f.rule()).isEqualTo("unknown-sex");
        assertThat(f.cell().address()).isEqualTo("E2");
    }

    @Test
    void aBlankSexTakesTheIndicatorsOwnSex() {
        Validation v = validate(row("C24a", "E10000018", null, "2020", 77.6, null, null, null, null));

        assertThat(v.observations()).singleElement().extracting(Observation::sex).isEqualTo(Sex.FEMALE);
    }

    @Test
    void aBlankSexIsAnErrorWhenTheIndicatorIsPublishedBySex() {
        Finding f = only(validate(row("A01b", "E10000018", null, "2017 - 19", 84.3, null, null, null, null)));

        assertThat(f.rule()).isEqualTo("unknown-sex");
        assertThat(f.cell().address()).isEqualTo("E2");
        assertThat(f.message()).contains("Male or Female");
    }

    @Test
    void aBlankValueWithoutANoteIsAWarningAndStillBound() {
        Validation v = validate(row("C24a", "E10000018", "F", "2020", null, null, null, null, null));

        Finding f = only(v);
        assertThat(f.rule()).isEqualTo("missing-value");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(v.observations()).hasSize(1);
    }

    @Test
    void aMissingRequiredColumnIsReportedOnTheHeaderRow() {
        var table = Tables.table("Indicators",
                new Object[] {"Indicator ID", "Area Code", "Time period", "Count"},
                new Object[] {"C24a", "E10000018", "2020", 5});

        Finding f = only(Validator.validate(table, TestSchemas.SAMPLE));

        assertThat(f.rule()).isEqualTo("missing-column");
        assertThat(f.cell().toString()).isEqualTo("Indicators!A1");
        assertThat(f.message()).contains("'Value'");
    }

    @Test
    void aWorkbookWithoutAnyRecognisableTableHasAMissingSheetFinding() {
        var table = Tables.table("Notes", new Object[] {"Minutes of the meeting"});

        Validation v = Validator.validate(table, TestSchemas.SAMPLE);

        Finding f = only(v);
        assertThat(f.rule()).isEqualTo("missing-sheet");
        assertThat(f.cell()).isNull();
        assertThat(v.hasErrors()).isTrue();
    }

    @Test
    void everyRuleIdIsKebabCase() {
        assertThat(List.of(Rule.values())).allSatisfy(r -> assertThat(r.id()).matches("[a-z]+(-[a-z0-9]+)*"));
    }
}
