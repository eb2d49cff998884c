package org.ragbook.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.ragbook.store.Role;
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
    void a_revision_changing_a_stored_value_waits_for_confirmation_and_then_supersedes_it_in_the_series() {
        submit("2016-2019.xlsx", ScreeningReturns.years(0, 1, 2, 3));
        double stored = value2019();

        JsonNode revision = submit("2019-revised.xlsx", ScreeningReturns.revised(2019, 1400, 44064));

        assertThat(revision.get("status").asText()).isEqualTo("awaiting confirmation");
        assertThat(revision.get("changes")).hasSize(1);
        JsonNode change = revision.get("changes").get(0);
        assertThat(change.get("indicator").asText()).isEqualTo("breast-screening");
        assertThat(change.get("area").asText()).isEqualTo("E10000018");
        assertThat(change.get("sex").asText()).isEqualTo("Female");
        assertThat(change.get("period").asText()).isEqualTo("2019");
        assertThat(change.get("stored").asDouble()).isEqualTo(stored);
        assertThat(change.get("sent").asDouble()).isCloseTo(1400 / 44064.0 * 100, within(1e-9));
        assertThat(value2019()).as("nothing changes before the submitter says so").isEqualTo(stored);

        HttpResponse<byte[]> confirmed = server.post(revision.get("links").get("confirm").asText());

        assertThat(confirmed.statusCode()).as(new String(confirmed.body())).isEqualTo(200);
        assertThat(TestServer.json(confirmed).get("status").asText()).isEqualTo("annotated");
        JsonNode series = TestServer.json(server.get("/api/indicators/breast-screening/series?area=E10000018"));
        assertThat(series).hasSize(4);
        assertThat(series.get(3).get("count").asDouble()).isEqualTo(1400);
        assertThat(value2019()).isCloseTo(1400 / 44064.0 * 100, within(1e-9));
    }

    @Test
    void a_withdrawn_revision_leaves_the_stored_value_and_cannot_then_be_confirmed() {
        submit("2016-2019.xlsx", ScreeningReturns.years(0, 1, 2, 3));
        double stored = value2019();
        JsonNode revision = submit("2019-revised.xlsx", ScreeningReturns.revised(2019, 1400, 44064));

        HttpResponse<byte[]> withdrawn = server.post(revision.get("links").get("withdraw").asText());
        HttpResponse<byte[]> confirmedAfter = server.post(revision.get("links").get("confirm").asText());

        assertThat(withdrawn.statusCode()).as(new String(withdrawn.body())).isEqualTo(200);
        assertThat(TestServer.json(withdrawn).get("status").asText()).isEqualTo("withdrawn");
        assertThat(value2019()).isEqualTo(stored);
        assertThat(confirmedAfter.statusCode()).isEqualTo(409);
        assertThat(TestServer.json(confirmedAfter).get("detail").asText()).contains("is withdrawn");
    }

    @Test
    void the_same_value_sent_again_and_new_periods_are_stored_at_once() {
        submit("2016-2018.xlsx", ScreeningReturns.years(0, 1, 2));

        JsonNode again = submit("2018-2019.xlsx", ScreeningReturns.years(2, 3));

        assertThat(again.get("status").asText()).isEqualTo("annotated");
        assertThat(again.get("changes")).isEmpty();
        assertThat(TestServer.json(server.get("/api/indicators/breast-screening/series?area=E10000018"))).hasSize(4);
    }

    @Test
    void only_the_submitters_organisation_or_an_admin_decides() {
        TestServer leicestershire = server.as("analyst-leics", "Leicestershire County Council", Role.SUBMITTER);
        leicestershire.upload("/api/returns?schema=phof-dashboard", "2016-2019.xlsx",
                ScreeningReturns.years(0, 1, 2, 3));
        JsonNode revision = TestServer.json(leicestershire.upload("/api/returns?schema=phof-dashboard",
                "2019-revised.xlsx", ScreeningReturns.revised(2019, 1400, 44064)));
        String confirm = revision.get("links").get("confirm").asText();

        TestServer rutland = server.as("analyst-rutland", "Rutland County Council", Role.SUBMITTER);
        TestServer lead = server.as("bcf-lead", "Leicestershire County Council", Role.LEAD);

        assertThat(rutland.post(confirm).statusCode()).isEqualTo(404);
        assertThat(lead.post(confirm).statusCode()).isEqualTo(403);
        assertThat(server.anonymous().post(confirm).statusCode()).isEqualTo(401);
        assertThat(TestServer.json(server.get(revision.get("links").get("self").asText())).get("status").asText())
                .isEqualTo("awaiting confirmation");
        assertThat(leicestershire.post(confirm).statusCode()).isEqualTo(200);
    }

    private double value2019() {
        JsonNode series = TestServer.json(server.get("/api/indicators/breast-screening/series?area=E10000018"));
        return series.get(3).get("value").asDouble();
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
