package nl.weerbaar.addresses.flags;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.MunicipalityJob;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, per municipality: marks the flags whose end date has passed as ended (the lookup already stopped
 * showing them on the day after their end date), and reminds the owner of a flag {@link FlagDates#REMINDER_DAYS} days
 * before its end, once per period (a renewal starts a new period).
 */
@Component
class FlagsJob extends MunicipalityJob {

    private final Flags flags;

    FlagsJob(Flags flags, MunicipalityJob.Support support) {
        super("address-flags", support);
        this.flags = flags;
    }

    @Scheduled(cron = "${weerbaar.jobs.address-flags-cron:0 20 2 * * *}", zone = DutchTime.ZONE_ID)
    @SchedulerLock(
            name = "address-flags",
            lockAtLeastFor = "${weerbaar.jobs.address-flags-min-lock:PT1M}",
            lockAtMostFor = "PT30M")
    public void run() {
        LocalDate today = today();
        inEachMunicipality(() -> endAndRemind(today));
    }

    void endAndRemind(LocalDate today) {
        for (java.util.UUID id : flags.endedBefore(today)) {
            if (flags.markEnded(id)) {
                record(Flags.AUDIT_TYPE, id, "flag ended on its date");
            }
        }
        for (Flags.Ending e : flags.endingUnreminded(today, today.plusDays(FlagDates.REMINDER_DAYS))) {
            if (!flags.markReminded(e.id())) {
                continue;
            }
            mailPerson(
                    e.ownerId(),
                    "flags.mail.ending",
                    "/addresses/flags/" + e.id(),
                    e.endsOn().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
            record(Flags.AUDIT_TYPE, e.id(), "reminder to the owner before the flag ends");
        }
    }
}
