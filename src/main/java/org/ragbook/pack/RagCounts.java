package org.ragbook.pack;

import java.util.List;
import org.ragbook.compute.Rag;
import org.ragbook.report.Report;

/** How many of a return's counted indicators are of each colour, as its Summary sheet counts them. */
public record RagCounts(int green, int amber, int red, int notCompared) {

    static RagCounts of(List<Report.ObservationEntry> counted) {
        int[] tally = new int[Rag.values().length];
        counted.forEach(entry -> tally[Rag.fromKey(entry.rag()).ordinal()]++);
        return new RagCounts(tally[Rag.GREEN.ordinal()], tally[Rag.AMBER.ordinal()], tally[Rag.RED.ordinal()],
                tally[Rag.NOT_COMPARED.ordinal()]);
    }
}
