package org.ragbook.annotate;

import org.ragbook.compute.Assessment;
import org.ragbook.compute.Rag;
import org.ragbook.compute.TargetResult;
import org.ragbook.report.Report;

/**
 * How each judgement looks in a workbook: Excel's own Good, Neutral and Bad fills, so that the
 * colours read the way analysts already know them. Values not compared keep the analyst's fill.
 * The one palette: the paper and the lead's pack shade their cells with it too.
 */
public enum RagColour {
    GREEN("Green", "C6EFCE"),
    AMBER("Amber", "FFEB9C"),
    RED("Red", "FFC7CE"),
    /**
     * Fingertips' Best and Worst shades, for the two-level comparison's green and red beyond 99.8%
     * (fingertips-open, IndicatorsUI/MainUI/css/common.css {@code td.best}, {@code td.worst}).
     * Fingertips writes Worst in white: dark red under black text is hard to read.
     */
    BEST("Best", "00B092"),
    WORST("Worst", "821733", true),
    /** Fingertips' blues, for values significantly higher or lower where no direction is better. */
    HIGHER("Higher", "BED2FF"),
    LOWER("Lower", "5555E6"),
    /**
     * Making Data Count's point and icon colours, as NHS England publishes them with its SPC chart
     * tool's test data (NHSDigital/fdp-react-design-system, SPCChart/logic/spcDescriptors.ts
     * {@code VARIATION_COLOR_TOKENS}): improvement blue, concern orange, neither purple, common grey.
     */
    SPC_IMPROVEMENT("Improvement", "00B0F0"),
    SPC_CONCERN("Concern", "E46C0A"),
    SPC_NEITHER("Neither", "490092", true),
    SPC_COMMON("Common cause", "A6A6A6"),
    NOT_COMPARED("Not compared", null);

    private final String label;
    private final String rgb;
    private final boolean whiteText;

    RagColour(String label, String rgb) {
        this(label, rgb, false);
    }

    RagColour(String label, String rgb, boolean whiteText) {
        this.label = label;
        this.rgb = rgb;
        this.whiteText = whiteText;
    }

    public static RagColour of(Rag rag) {
        return switch (rag) {
            case GREEN -> GREEN;
            case AMBER -> AMBER;
            case RED -> RED;
            case NOT_COMPARED -> NOT_COMPARED;
        };
    }

    /**
     * A stored report's judgement's look, as {@link #of(Assessment)} gives it for the assessment it
     * was written from: a target, where the indicator has one, decided the colour rather than the
     * Best or Worst comparison.
     */
    public static RagColour of(Report.ObservationEntry entry) {
        Rag rag = Rag.fromKey(entry.rag());
        String compared = entry.comparedToBenchmark() == null ? "" : entry.comparedToBenchmark();
        boolean byBenchmark = entry.target() == null;
        return switch (compared) {
            case "Higher" -> rag == Rag.NOT_COMPARED ? HIGHER : of(rag);
            case "Lower" -> rag == Rag.NOT_COMPARED ? LOWER : of(rag);
            case "Best" -> byBenchmark ? BEST : of(rag);
            case "Worst" -> byBenchmark ? WORST : of(rag);
            default -> of(rag);
        };
    }

    /**
     * A judgement's look: its RAG colour, a Fingertips blue for a no-polarity Higher or Lower, or the
     * Best or Worst shade when the benchmark comparison (not a target) gave the colour.
     */
    static RagColour of(Assessment a) {
        boolean byBenchmark = a.target() == TargetResult.NO_TARGET;
        return switch (a.comparison()) {
            case HIGHER -> a.rag() == Rag.NOT_COMPARED ? HIGHER : of(a.rag());
            case LOWER -> a.rag() == Rag.NOT_COMPARED ? LOWER : of(a.rag());
            case BEST -> byBenchmark ? BEST : of(a.rag());
            case WORST -> byBenchmark ? WORST : of(a.rag());
            default -> of(a.rag());
        };
    }

    public String label() {
        return label;
    }

    /** True when text on this fill is written white, as Fingertips writes it on its darkest fills. */
    public boolean whiteText() {
        return whiteText;
    }

    public boolean filled() {
        return rgb != null;
    }

    /** The fill as six hex digits, {@code C6EFCE}; only for filled colours. */
    public String rgb() {
        return rgb;
    }

    public byte[] rgbBytes() {
        return new byte[] {
            (byte) Integer.parseInt(rgb.substring(0, 2), 16),
            (byte) Integer.parseInt(rgb.substring(2, 4), 16),
            (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
    }
}
