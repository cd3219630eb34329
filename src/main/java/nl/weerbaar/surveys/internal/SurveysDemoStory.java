package nl.weerbaar.surveys.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.weerbaar.platform.DemoStory;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.TenantContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The surveys of the demo story: a closed survey with synthetic answers (as the demo's own, with other seeds) in each
 * of the story's three other municipalities, summarised for the benchmark, so that Voorbeeldstad's survey is compared
 * with the pooled answers of three municipalities (the least the benchmark shows).
 */
@Component
@Order(25)
@ConditionalOnProperty(name = "weerbaar.demo.enabled", havingValue = "true")
class SurveysDemoStory implements DemoStory {

    private final SurveysDemoData demo;
    private final Surveys surveys;
    private final Questionnaires questionnaires;
    private final Upkeep upkeep;
    private final Clock clock;

    SurveysDemoStory(SurveysDemoData demo, Surveys surveys, Questionnaires questionnaires, Upkeep upkeep, Clock clock) {
        this.demo = demo;
        this.surveys = surveys;
        this.questionnaires = questionnaires;
        this.upkeep = upkeep;
        this.clock = clock;
    }

    @Override
    public void tell() {
        List<UUID> others = List.of(ZEESTAD, HEUVELRIJK, POLDERWAARD);
        for (int i = 0; i < others.size(); i++) {
            int n = i;
            TenantContext.runAs(others.get(i), () -> survey(n));
        }
    }

    private void survey(int n) {
        LocalDate today = DutchTime.today(clock);
        Questionnaires.Version version = questionnaires.latest(Variant.CIVIL_SERVANT);
        UUID id = surveys.create(
                "Medewerkersenquête weerbaarheid 2026",
                Variant.CIVIL_SERVANT,
                version.id(),
                today.minusWeeks(10 + n),
                today.minusWeeks(7 + n),
                10,
                null);
        demo.fill(id, version, new Random(3000L + n), 0.35 + 0.05 * n);
        upkeep.summarise(surveys.get(id));
    }
}
