package org.ragbook.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ragbook.annotate.PlainTable;
import org.ragbook.compute.spc.ImprovementDirection;
import org.ragbook.compute.spc.SpcOptions;
import org.ragbook.compute.spc.SpcProfile;
import org.ragbook.compute.spc.SpcResult;
import org.ragbook.compute.spc.SpcRow;
import org.ragbook.compute.spc.XmrChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "spc", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Draws the XmR chart of one series the Making Data Count way: mean, process limits, 2-sigma"
                + " lines, the special-cause rule and point type of every period, and the variation and"
                + " assurance icons.", "IN and OUT are .csv or .xlsx with columns date, value (OUT adds mean,"
                + " lpl, upl, lower_2sigma, upper_2sigma, rule, point_type)."})
final class SpcCommand implements Callable<Integer> {

    private static final List<String> COLUMNS = List.of("date", "value", "mean", "lpl", "upl", "lower_2sigma",
            "upper_2sigma", "rule", "point_type");

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "The series: .csv or .xlsx with columns date, value.")
    private Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "Where to write the chart's table.")
    private Path output;

    @Option(names = "--direction", paramLabel = "DIRECTION", defaultValue = "increase",
            description = "Which way is better: increase, decrease or neutral. Default: ${DEFAULT-VALUE}.")
    private String direction;

    @Option(names = "--target", paramLabel = "N", description = "The target the assurance icon is judged against.")
    private Double target;

    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "mdc",
            description = "mdc (the Making Data Count tool, runs of 6) or nhsr (NHSRplotthedots, runs of 7,"
                    + " screened moving ranges). Default: ${DEFAULT-VALUE}.")
    private String profile;

    @Option(names = "--baseline", paramLabel = "N", description = "Fix each period's limits on its first N points.")
    private Integer baseline;

    @Option(names = "--recalculate", paramLabel = "DATE",
            description = "Start new limits from this date (yyyy-mm-dd); repeat for several.")
    private List<LocalDate> recalculations = new ArrayList<>();

    @Option(names = "--json", paramLabel = "SUMMARY", description = "Also write the icons and warnings as JSON.")
    private Path json;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(input)) {
            throw new ParameterException(spec.commandLine(), "The series " + input + " does not exist.");
        }
        if (baseline != null && baseline < 2) {
            throw new ParameterException(spec.commandLine(), "--baseline needs at least 2 points.");
        }
        SpcOptions options = new SpcOptions(parse(ImprovementDirection.class, direction, "--direction"), target,
                parse(SpcProfile.class, profile, "--profile"), baseline, recalculations);
        SpcResult result = XmrChart.analyse(SeriesFile.read(input, input.getFileName().toString()), options);
        PlainTable.write(output, "SPC", COLUMNS, result.rows().stream().map(SpcCommand::row).toList());
        if (json != null) {
            writeJson(result);
        }
        spec.commandLine().getOut().println("Charted " + result.rows().size() + " points under the "
                + result.profile().name().toLowerCase(Locale.ROOT) + " profile: variation "
                + (result.variation() == null ? "none" : result.variation().label()) + ", assurance "
                + (result.assurance() == null ? "none (" + result.assuranceReason() + ")" : result.assurance().label())
                + ". Wrote " + output + ".");
        result.warnings().forEach(warning -> spec.commandLine().getOut().println("Warning: " + warning));
        return Main.OK;
    }

    private static List<Object> row(SpcRow r) {
        return java.util.Arrays.asList(r.date().toString(), r.value(), r.mean(), r.lowerProcessLimit(),
                r.upperProcessLimit(), r.lowerTwoSigma(), r.upperTwoSigma(), r.rule().label(), r.pointType().label());
    }

    private void writeJson(SpcResult result) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("profile", result.profile().name().toLowerCase(Locale.ROOT));
        summary.put("variation", result.variation() == null ? null : result.variation().label());
        summary.put("assurance", result.assurance() == null ? null : result.assurance().label());
        summary.put("assuranceReason", result.assuranceReason());
        summary.put("warnings", result.warnings());
        try {
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(json.toFile(), summary);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + json, e);
        }
    }

    private <E extends Enum<E>> E parse(Class<E> type, String text, String option) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text.trim())) {
                return constant;
            }
        }
        throw new ParameterException(spec.commandLine(), option + " cannot be '" + text + "'.");
    }
}
