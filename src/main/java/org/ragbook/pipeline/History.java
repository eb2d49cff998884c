package org.ragbook.pipeline;

import java.util.List;
import org.ragbook.schema.ReturnSchema;
import org.ragbook.validate.Observation;

/**
 * Earlier periods of the series a return continues, as kept from past submissions. The recent trend
 * and the direction of travel need them: a monthly return holds one period, a trend five.
 */
@FunctionalInterface
public interface History {

    /** No stored history: only the return's own periods count (the CLI, and a first submission). */
    History NONE = (schema, current) -> List.of();

    /**
     * The stored observations of the same indicators, areas, sexes and ages as {@code current}, as
     * observations of {@code schema}.
     */
    List<Observation> pastOf(ReturnSchema schema, List<Observation> current);
}
