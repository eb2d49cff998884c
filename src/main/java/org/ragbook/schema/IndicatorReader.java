package org.ragbook.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.ragbook.schema.SchemaDocument.AreaEntry;
import org.ragbook.schema.SchemaDocument.BenchmarkEntry;
import org.ragbook.schema.SchemaDocument.IndicatorEntry;
import org.ragbook.schema.SchemaDocument.IndicatorFields;

/**
 * Checks one indicator of a schema file and turns it into an {@link Indicator}, taking what it does
 * not say from the schema's {@code defaults}. A value taken from the defaults is reported there.
 */
final class IndicatorReader {

    /** The YAML spelling of {@link Indicator#sex()} null: published for males and females separately. */
    private static final String MALE_AND_FEMALE = "male-and-female";
    private static final List<String> SEXES = List.of("persons", "male", "female", MALE_AND_FEMALE);

    private final String file;
    private final IndicatorFields defaults;

    IndicatorReader(String file, IndicatorFields defaults) {
        this.file = file;
        this.defaults = defaults;
    }

    Indicator read(IndicatorEntry entry, String path) {
        Entry e = new Entry(entry, path);
        String id = e.required("id", entry.id, "a slug such as breast-screening").slug();
        String code = e.required("code", entry.code, "the framework's code, such as C24a").text();
        Integer fingertipsId = e.own("fingertipsId", entry.fingertipsId).map(Field::nonNegativeWholeNumber)
                .orElse(null);
        String name = e.required("name", entry.name, "the indicator's name as published").text();
        ValueType valueType = e.required("valueType", f -> f.valueType, ValueType.values()).choice(ValueType.class);
        Polarity polarity = e.required("polarity", f -> f.polarity, Polarity.values()).choice(Polarity.class);
        CiMethod ciMethod = e.given("ciMethod", f -> f.ciMethod).map(f -> f.choice(CiMethod.class))
                .orElse(valueType.usualCiMethod());
        double multiplier = e.given("multiplier", f -> f.multiplier).map(Field::multiplier).orElse(1.0);
        ComparisonLevels levels = e.given("comparison", f -> f.comparison)
                .map(f -> f.choice(ComparisonLevels.class)).orElse(ComparisonLevels.SINGLE_LEVEL);
        PeriodFormat periodFormat = e.given("periodFormat", f -> f.periodFormat).map(f -> f.choice(PeriodFormat.class))
                .orElse(PeriodFormat.ANY);
        int suppressBelow = e.given("suppressBelow", f -> f.suppressBelow).map(Field::nonNegativeWholeNumber).orElse(0);
        SpcSettings spc = spc(e);
        Optional<Field> sexField = e.given("sex", f -> f.sex);
        Sex sex = sexField.isPresent() ? sex(sexField.get().oneOf(SEXES)) : Sex.PERSONS;
        String age = e.given("age", f -> f.age).map(Field::text).orElse(null);
        String partOf = e.own("partOf", entry.partOf).map(Field::slug).orElse(null);
        return new Indicator(id, code, fingertipsId, name, sex, age, valueType, multiplier, polarity, ciMethod,
                e.benchmark(), levels, e.target(polarity), periodFormat, suppressBelow, spc, partOf);
    }

    /** Null unless {@code spc: true}; a baseline or recalculation on any other indicator is refused. */
    private static SpcSettings spc(Entry e) {
        boolean charted = e.given("spc", f -> f.spc).map(Field::bool).orElse(false);
        Optional<Field> baselineField = e.given("spcBaseline", f -> f.spcBaseline);
        List<Field> recalculateFields = e.givenList("spcRecalculate", f -> f.spcRecalculate);
        if (!charted) {
            // a default applies where spc is true; only the indicator's own setting is out of place
            Optional<Field> stray = e.own("spcBaseline", e.entry.spcBaseline)
                    .or(() -> e.ownList("spcRecalculate", e.entry.spcRecalculate).stream().findFirst());
            if (stray.isPresent()) {
                throw stray.get().problem("applies only to an SPC indicator: add spc: true, or remove it");
            }
            return null;
        }
        Integer baseline = baselineField.map(Field::baseline).orElse(null);
        return new SpcSettings(baseline, recalculateFields.stream().map(Field::month).toList());
    }

    private static List<Field> list(String file, String path, List<Scalar> items) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; items != null && i < items.size(); i++) {
            fields.add(new Field(file, path + "[" + i + "]", items.get(i)));
        }
        return fields;
    }

    private static Sex sex(String spelling) {
        return spelling.equals(MALE_AND_FEMALE) ? null : Sex.valueOf(spelling.toUpperCase(Locale.ROOT));
    }

    /** One indicator entry being read: its own fields first, then the schema's defaults. */
    private final class Entry {

        private final IndicatorEntry entry;
        private final String path;

        Entry(IndicatorEntry entry, String path) {
            this.entry = entry;
            this.path = path;
        }

        Optional<Field> own(String name, Scalar value) {
            return Optional.ofNullable(value).map(v -> new Field(file, path + "." + name, v));
        }

        /** A list field, its own or the defaults', each item a field of its own for its messages. */
        List<Field> givenList(String name, Function<IndicatorFields, List<Scalar>> field) {
            List<Field> own = ownList(name, field.apply(entry));
            return !own.isEmpty() || defaults == null ? own : list(file, "defaults." + name, field.apply(defaults));
        }

        List<Field> ownList(String name, List<Scalar> items) {
            return list(file, path + "." + name, items);
        }

        Optional<Field> given(String name, Function<IndicatorFields, Scalar> field) {
            return own(name, field.apply(entry)).or(() -> Optional.ofNullable(defaults).map(field)
                    .map(v -> new Field(file, "defaults." + name, v)));
        }

        Field required(String name, Scalar value, String hint) {
            return Field.required(file, entry, path + "." + name, value, hint);
        }

        Field required(String name, Function<IndicatorFields, Scalar> field, Enum<?>[] options) {
            List<String> spellings = Arrays.stream(options).map(Field::spelling).toList();
            return given(name, field).orElseThrow(() -> SchemaException.at(file, entry.line, path + "." + name,
                    "missing (one of " + String.join(", ", spellings) + ")"));
        }

        Benchmark benchmark() {
            if (entry.benchmark != null) {
                return benchmark(entry.benchmark, path + ".benchmark");
            }
            return defaults != null && defaults.benchmark != null
                    ? benchmark(defaults.benchmark, "defaults.benchmark")
                    : Benchmark.ENGLAND;
        }

        private Benchmark benchmark(BenchmarkEntry given, String benchmarkPath) {
            if (given.keyword() != null) {
                new Field(file, benchmarkPath, given.keyword()).oneOf(List.of("england"));
                return Benchmark.ENGLAND;
            }
            AreaEntry area = given.area();
            return new Benchmark(
                    Field.required(file, area, benchmarkPath + ".code", area.code, "the area's code").text(),
                    Field.required(file, area, benchmarkPath + ".name", area.name, "the area's name").text());
        }

        Target target(Polarity polarity) {
            Optional<Field> target = own("target", entry.target);
            Optional<Field> ownTolerance = own("amberTolerance", entry.amberTolerance);
            if (target.isEmpty()) {
                ownTolerance.ifPresent(f -> {
                    throw f.problem("there is no target for it to apply to");
                });
                return null;
            }
            double tolerance = given("amberTolerance", f -> f.amberTolerance).map(Field::nonNegativeNumber).orElse(0.0);
            Target parsed = target.get().target(tolerance);
            boolean contradicts = polarity == Polarity.HIGH && !parsed.operator().higherIsBetter()
                    || polarity == Polarity.LOW && parsed.operator().higherIsBetter();
            if (contradicts) {
                throw target.get().problem("'" + entry.target.text() + "' contradicts polarity "
                        + Field.spelling(polarity) + " (a minimum needs polarity high, a maximum polarity low)");
            }
            return parsed;
        }
    }
}
