package org.ragbook.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import org.ragbook.store.ObservationHistory;

/** The stored history of an indicator for an area: the series next month's trend will continue. */
final class HistoryRoutes {

    private final ObservationHistory history;

    HistoryRoutes(ObservationHistory history) {
        this.history = history;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/api/indicators/{id}/series", this::series);
    }

    private void series(Context ctx) {
        String area = ctx.queryParam("area");
        if (area == null || area.isBlank()) {
            throw new BadRequestResponse("Name the area: /api/indicators/{id}/series?area=E10000018.");
        }
        ctx.json(history.series(ctx.pathParam("id"), area.trim()));
    }
}
