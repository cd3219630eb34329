package nl.weerbaar.processes.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.actions.ActionPlans;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.processes.analysis.Findings.Count;
import nl.weerbaar.processes.analysis.Findings.Finding;
import nl.weerbaar.processes.catalogue.Activities;
import nl.weerbaar.processes.catalogue.ProcessSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The findings of the analysis and the segregation-of-duty rules it applies: one transaction per call, each read
 * and each change in the audit log within it.
 */
@Service
class AnalysisService {

    /** Everything the findings page shows. */
    record Overview(
            Map<String, Long> counts,
            List<Count> perProcess,
            List<Count> perPerson,
            java.time.OffsetDateTime lastRun,
            List<Finding> findings) {}

    /** The action of a finding: {@code existing} when the finding had one already; null without the actions module. */
    record LinkedAction(UUID actionId, boolean existing) {}

    private final Findings findings;
    private final SodRules rules;
    private final ProcessSettings settings;
    private final ObjectProvider<ActionPlans> actions;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Activities activities;

    AnalysisService(
            Findings findings,
            SodRules rules,
            ProcessSettings settings,
            ObjectProvider<ActionPlans> actions,
            MessageSource messages,
            AuditLog audit,
            Activities activities) {
        this.activities = activities;
        this.findings = findings;
        this.rules = rules;
        this.settings = settings;
        this.actions = actions;
        this.messages = messages;
        this.audit = audit;
    }

    /** The findings, filtered on kind, process or person (each may be null), at most {@code limit}. */
    @Transactional
    Overview findings(String kind, UUID process, UUID person, int limit) {
        audit.read("processes-findings", person != null ? person : process, "findings overview");
        return new Overview(
                findings.countsByKind(),
                findings.perProcess(),
                findings.perPerson(),
                findings.lastRun(),
                findings.list(kind, process, person, limit));
    }

    /** Makes a high-priority action of a finding, once; null when the actions module is not there. */
    @Transactional
    LinkedAction toAction(UUID id) {
        Finding f = findings.get(id);
        if (f.actionId() != null) {
            return new LinkedAction(f.actionId(), true);
        }
        ActionPlans plans = actions.getIfAvailable();
        if (plans == null) {
            return null;
        }
        Locale nl = Locale.forLanguageTag("nl");
        String title = messages.getMessage("processes.action.title." + f.kind(), f.reasonArgs(), nl);
        String description = messages.getMessage("processes.reason." + f.kind(), f.reasonArgs(), nl) + "\n\n"
                + messages.getMessage("processes.action.description", null, nl);
        UUID actionId = plans.create(new ActionPlans.NewAction(
                title.length() > 200 ? title.substring(0, 200) : title,
                description,
                "processes",
                f.key(),
                null,
                null,
                ActionPlans.Priority.HIGH));
        findings.linkAction(f.key(), actionId);
        audit.record(AuditLog.Action.CREATE, "processes-finding-action", id, AuditLog.words(f.kind()));
        return new LinkedAction(actionId, false);
    }

    /** The rules (the shipped ones are added on first use). */
    /** The rules with the names of their activities, and every activity a new rule may use. */
    record RuleSet(List<SodRules.Rule> rules, List<Activities.Activity> activities) {}

    @Transactional
    RuleSet rules() {
        settings.current();
        audit.read("processes-sod-rules", null, "rule set");
        return new RuleSet(rules.list(), activities.all());
    }

    /**
     * Adds a rule between two activities by the names a person typed; a name that is new becomes an activity.
     * Refused with {@link InvalidInputException} (and nothing saved) when both are the same activity or the rule
     * exists.
     */
    @Transactional
    UUID addRule(String name, String activityA, String activityB) {
        settings.current();
        String a = activities.codeFor(activityA);
        String b = activities.codeFor(activityB);
        if (a.equals(b)) {
            throw new InvalidInputException(FieldErrors.of("activityB", "processes.error.same-activity"));
        }
        if (rules.exists(a, b)) {
            throw new InvalidInputException(FieldErrors.of("activityB", "processes.error.rule-exists"));
        }
        UUID id = rules.add(name, a, b);
        audit.record(AuditLog.Action.CREATE, "processes-sod-rule", id, "rule set");
        return id;
    }

    /** Switches a rule on or off; {@link NotFoundException} for an unknown one. */
    @Transactional
    void toggleRule(UUID id) {
        if (!rules.toggle(id)) {
            throw new NotFoundException("rule", id);
        }
        audit.record(AuditLog.Action.UPDATE, "processes-sod-rule", id, "switched");
    }
}
