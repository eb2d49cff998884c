package org.ragbook.web;

import java.util.List;
import java.util.Locale;
import org.ragbook.schema.Indicator;
import org.ragbook.schema.ReturnSchema;

/**
 * A schema as {@code GET /api/schemas} lists it: enough to choose one and see what it holds, and
 * the version its template is at.
 */
record SchemaView(String id, String title, int version, List<IndicatorView> indicators) {

    /** An indicator's code, name, polarity ({@code high}, {@code low}, {@code none}) and target ({@code >= 85}). */
    record IndicatorView(String code, String name, String polarity, String target) {

        static IndicatorView of(Indicator indicator) {
            return new IndicatorView(indicator.code(), indicator.name(),
                    indicator.polarity().name().toLowerCase(Locale.ROOT),
                    indicator.target() == null ? null : indicator.target().toString());
        }
    }

    static SchemaView of(ReturnSchema schema) {
        return new SchemaView(schema.id(), schema.title(), schema.version(),
                schema.indicators().stream().map(IndicatorView::of).toList());
    }
}
