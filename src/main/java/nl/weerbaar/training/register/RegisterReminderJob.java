package nl.weerbaar.training.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.MunicipalityJob;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, per municipality: a reminder before a certification period ends ({@link CertState#DUE_SOON_DAYS} days
 * ahead) to the person and the managers of their department, once per period (marked in the same transaction),
 * unless the person has renewed or is enrolled to renew.
 */
@Component
class RegisterReminderJob extends MunicipalityJob {

    private final Periods periods;
    private final Clock clock;

    RegisterReminderJob(Periods periods, Clock clock, MunicipalityJob.Support support) {
        super("training-reminders", support);
        this.periods = periods;
        this.clock = clock;
    }

    @Scheduled(cron = "${weerbaar.jobs.training-reminders-cron:0 45 7 * * MON-FRI}", zone = DutchTime.ZONE_ID)
    @SchedulerLock(
            name = "training-reminders",
            lockAtLeastFor = "${weerbaar.jobs.training-reminders-min-lock:PT1M}",
            lockAtMostFor = "PT30M")
    public void run() {
        LocalDate today = today();
        inEachMunicipality(() -> remind(today));
    }

    void remind(LocalDate today) {
        for (Periods.Ending e : periods.endingUnreminded(today, today.plusDays(CertState.DUE_SOON_DAYS))) {
            if (!periods.reminded(e.id(), clock.instant())) {
                continue;
            }
            String until = e.validUntil().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
            String path = "/opleidingen/personen/" + e.userId();
            mailPerson(e.userId(), "register.mail.ending", path, e.kindName(), until);
            organisation()
                    .person(e.userId())
                    .map(Organisation.Person::departmentId)
                    .ifPresent(department -> mailRole(
                            Role.MANAGER,
                            department,
                            Set.of(e.userId()),
                            "register.mail.endingManager",
                            path,
                            e.kindName(),
                            until));
            record("training-period", e.id(), "reminder before the end of a certification period");
        }
    }
}
