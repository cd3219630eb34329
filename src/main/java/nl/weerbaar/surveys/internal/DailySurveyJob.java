package nl.weerbaar.surveys.internal;

import java.time.Clock;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.Municipalities;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, on one node: reminders to invitees who have not answered, response rates, rewriting recent answers in
 * random order, and the totals of closed surveys for the benchmark — per municipality.
 */
@Component
class DailySurveyJob {

    private final Municipalities municipalities;
    private final Surveys surveys;
    private final Invitations invitations;
    private final Upkeep upkeep;
    private final Clock clock;
    private final int reminderInterval;
    private final int maxReminders;

    DailySurveyJob(
            Municipalities municipalities,
            Surveys surveys,
            Invitations invitations,
            Upkeep upkeep,
            @Value("${weerbaar.jobs.survey-reminder-interval-days:7}") int reminderInterval,
            @Value("${weerbaar.jobs.survey-max-reminders:2}") int maxReminders,
            Clock clock) {
        this.clock = clock;
        this.municipalities = municipalities;
        this.surveys = surveys;
        this.invitations = invitations;
        this.upkeep = upkeep;
        this.reminderInterval = reminderInterval;
        this.maxReminders = maxReminders;
    }

    @Scheduled(
            cron = "${weerbaar.jobs.survey-daily-cron:${weerbaar.surveys.daily-cron:0 40 2 * * *}}",
            zone = DutchTime.ZONE_ID)
    @SchedulerLock(name = "surveys-daily", lockAtLeastFor = "PT1M", lockAtMostFor = "PT1H")
    public void run() {
        municipalities.forEachMunicipality("surveys-daily", this::runForCurrentMunicipality);
    }

    /** The daily work for the municipality in context; returns the number of reminders sent. */
    int runForCurrentMunicipality() {
        int reminded = 0;
        for (Survey survey : surveys.all()) {
            if (survey.isOpen(DutchTime.today(clock))) {
                reminded += invitations.remind(survey, reminderInterval, maxReminders, Locale.forLanguageTag("nl"));
                upkeep.refreshRates(survey);
            }
            upkeep.summarise(survey);
        }
        Upkeep.recent(surveys.all(), DutchTime.today(clock)).forEach(upkeep::shuffle);
        return reminded;
    }
}
