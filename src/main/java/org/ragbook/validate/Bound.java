package org.ragbook.validate;

import java.util.List;

/** What binding one table produced, before the checks that look across observations. */
record Bound(DataRegion region, List<Observation> observations, List<Finding> findings) {
}
