/**
 * Action plans: measures with owner, due date, priority, status, progress notes and evidence, reminders and
 * escalation; fed by assessments, processes, surveys and incidents through {@link nl.weerbaar.actions.ActionPlans}.
 */
package nl.weerbaar.actions;
