package nl.weerbaar.surveys.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One client cannot stuff an open link with answers: responses are limited per address and link, for a while. */
class SurveyOpenLinkLimitIT extends IntegrationTest {

    @Autowired
    Surveys surveys;

    @Autowired
    Questionnaires questionnaires;

    @Test
    void oneClientGivesAtMostFiveResponsesThroughAnOpenLinkInTenMinutes() {
        String code = Tokens.newCode(16);
        Survey survey = TenantContext.callAs(Demo.VOORBEELDSTAD, () -> {
            Survey s = surveys.get(surveys.create(
                    "Open link vol stoppen",
                    Variant.CIVIL_SERVANT,
                    questionnaires.latest(Variant.CIVIL_SERVANT).id(),
                    DutchTime.today(clock),
                    DutchTime.today(clock).plusDays(10),
                    10,
                    null));
            surveys.addOpenLink(s.id(), null, code, 0);
            return s;
        });
        WebClient client = anonymous();
        assertThat(client.get("/s/o/" + code).statusCode()).isEqualTo(200);

        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 6; i++) {
            last = client.postForm("/s/o/" + code, SurveyFixtures.answers(2));
            statuses.add(last.statusCode());
        }
        assertThat(statuses).containsExactly(302, 302, 302, 302, 302, 429);
        assertThat(last.body())
                .contains("Via deze link of vanaf uw verbinding zijn zojuist veel antwoorden binnengekomen")
                .contains("checked");
        assertThat(responses(survey)).isEqualTo(5);

        clock.advance(Duration.ofMinutes(11));
        assertThat(client.postForm("/s/o/" + code, SurveyFixtures.answers(2)).statusCode())
                .isEqualTo(302);
        assertThat(responses(survey)).isEqualTo(6);
    }

    @Test
    void theFriendlyPageComesInEnglishToo() {
        String code = Tokens.newCode(16);
        TenantContext.runAs(Demo.VOORBEELDSTAD, () -> {
            Survey s = surveys.get(surveys.create(
                    "Open link in English",
                    Variant.CIVIL_SERVANT,
                    questionnaires.latest(Variant.CIVIL_SERVANT).id(),
                    DutchTime.today(clock),
                    DutchTime.today(clock).plusDays(10),
                    10,
                    null));
            surveys.addOpenLink(s.id(), null, code, 0);
        });
        WebClient client = anonymous();
        client.get("/s/o/" + code + "?lang=en");
        HttpResponse<String> last = null;
        for (int i = 0; i < 6; i++) {
            last = client.postForm("/s/o/" + code, Map.of("version", "x"));
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.body()).contains("Many answers have just come in through this link");
    }

    private long responses(Survey survey) {
        return TenantContext.callAs(Demo.VOORBEELDSTAD, () -> surveys.responses(survey.id()));
    }
}
