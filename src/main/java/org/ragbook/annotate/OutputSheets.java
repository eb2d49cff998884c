package org.ragbook.annotate;

import java.util.Map;
import org.ragbook.read.CellRef;

/** The name each sheet the reader saw has in the output, so that marks and links land on it. */
record OutputSheets(Map<String, String> names) {

    OutputSheets {
        names = Map.copyOf(names);
    }

    String name(String tableSheet) {
        return names.getOrDefault(tableSheet, tableSheet);
    }

    CellRef ref(CellRef tableRef) {
        return new CellRef(name(tableRef.sheet()), tableRef.column(), tableRef.row());
    }
}
