package org.ragbook.compute;

import org.ragbook.compute.spc.SpcResult;
import org.ragbook.schema.Indicator;
import org.ragbook.schema.Sex;

/** The XmR chart of one SPC indicator for one area, sex and age, over the return's months and the stored ones. */
public record SeriesChart(Indicator indicator, String areaCode, String areaName, Sex sex, String age,
        String latestPeriod, SpcResult result) {
}
