package nl.weerbaar.incidents.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.weerbaar.incidents.IncidentRegistered;
import nl.weerbaar.platform.Notifier;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Routes a new case once its registration is committed: an e-mail with only a link goes to the manager(s) of
 * the department and the coordinator(s) — or, for a confidential report, only to the confidant(s) of its scope.
 * The municipal secretary is informed immediately unless the municipality chose a daily digest. People the
 * reporter excluded, and the reporter, get no mail about the case.
 */
@Component
class CaseRouting {

    private final Organisation organisation;
    private final Notifier notifier;
    private final IncidentQueries queries;
    private final IncidentSettings settings;
    private final CaseHistory history;
    private final java.time.Clock clock;

    CaseRouting(
            Organisation organisation,
            Notifier notifier,
            IncidentQueries queries,
            IncidentSettings settings,
            CaseHistory history,
            java.time.Clock clock) {
        this.history = history;
        this.clock = clock;
        this.organisation = organisation;
        this.notifier = notifier;
        this.queries = queries;
        this.settings = settings;
    }

    @ApplicationModuleListener
    void on(IncidentRegistered event) {
        TenantContext.runAs(event.tenantId(), () -> route(event));
    }

    private void route(IncidentRegistered event) {
        IncidentQueries.Detail incident = queries.load(event.incidentId()).orElse(null);
        if (incident == null) {
            return;
        }
        Set<Organisation.Person> recipients = new LinkedHashSet<>();
        if (incident.confidential()) {
            organisation.withRole(Role.CONFIDANT, null).stream()
                    .filter(p -> incident.confidantScope().equals(p.confidantScope()))
                    .forEach(recipients::add);
        } else {
            if (incident.departmentId() != null) {
                recipients.addAll(organisation.withRole(Role.MANAGER, incident.departmentId()));
            }
            recipients.addAll(organisation.withRole(Role.COORDINATOR, null));
        }
        String link = "/incidents/" + incident.id();
        List<String> number = List.of(caseNumber(incident.caseNumber()));
        List<Notifier.LinkMail> mails = new ArrayList<>();
        for (Organisation.Person p : recipients) {
            if (!incident.excludedUsers().contains(p.id()) && !p.id().equals(incident.reporterId())) {
                mails.add(new Notifier.LinkMail(p.email(), "incidents.mail.new", link, number));
            }
        }
        if (!incident.confidential() && "IMMEDIATE".equals(settings.current().secretaryNotification())) {
            for (Organisation.Person p : organisation.withRole(Role.SECRETARY, null)) {
                if (!recipients.contains(p) && !incident.excludedUsers().contains(p.id())) {
                    mails.add(new Notifier.LinkMail(p.email(), "incidents.mail.secretary", "/incidents"));
                }
            }
        }
        // all mails of the new case over one connection to the mail server
        notifier.sendLinks(mails);
        long queued =
                mails.stream().filter(m -> m.to() != null && !m.to().isBlank()).count();
        if (queued > 0) {
            history.record(
                    incident.id(),
                    clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                    CaseHistory.Kind.MAILED,
                    null,
                    "new:" + queued);
        }
    }

    /** How a mail names the case: its number, or nothing for an incident that has none. */
    static String caseNumber(String number) {
        return number == null ? "" : number;
    }
}
