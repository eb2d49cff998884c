package org.ragbook.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.ragbook.web.TestServer;

/** Next month's trend needs last month's figures: what one submission leaves, the next one's statistics use. */
class StoredHistoryServiceTest extends FreshService {

    @Test
    void a_return_holding_one_year_gets_the_recent_trend_of_the_five_with_the_four_stored_before() {
        submit("2016-2019.xlsx", ScreeningReturns.years(0, 1, 2, 3));
        JsonNode withHistory = latest(submit("2020.xlsx", ScreeningReturns.years(4)));

        assertThat(withHistory.get("period").asText()).isEqualTo("2020");
        assertThat(withHistory.get("recentTrend").asText()).isEqualTo("Increasing and getting better");
        assertThat(withHistory.get("directionOfTravel").asText()).isEqualTo("Improving");
    }

    @Test
    void a_later_return_revising_a_year_supersedes_it_in_the_series() {
        submit("2016-2019.xlsx", ScreeningReturns.years(0, 1, 2, 3));
        submit("2019-revised.xlsx", ScreeningReturns.revised(2019, 1400, 44064));

        JsonNode series = TestServer.json(server.get("/api/indicators/breast-screening/series?area=E10000018"));

        assertThat(series).hasSize(4);
        JsonNode year2019 = series.get(3);
        assertThat(year2019.get("period").asText()).isEqualTo("2019");
        assertThat(year2019.get("count").asDouble()).isEqualTo(1400);
        assertThat(year2019.get("value").asDouble()).isCloseTo(1400 / 44064.0 * 100, within(1e-9));
    }

    private JsonNode submit(String name, byte[] workbook) {
        HttpResponse<byte[]> response = server.upload("/api/returns?schema=phof-dashboard", name, workbook);
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(201);
        return TestServer.json(response);
    }

    private static JsonNode latest(JsonNode submission) {
        JsonNode observations = submission.get("observations");
        return observations.get(observations.size() - 1);
    }
}
