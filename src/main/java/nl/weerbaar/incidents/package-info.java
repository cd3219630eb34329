/**
 * Incident reporting and follow-up (GIR): reports through every channel, the follow-up case with the eight
 * measures of Veilige Publieke Taak, stacking, the municipality's norm. Publishes {@link
 * nl.weerbaar.incidents.IncidentRegistered}, {@link nl.weerbaar.incidents.FollowUpStepCompleted} and
 * {@link nl.weerbaar.incidents.IncidentClosed}.
 */
package nl.weerbaar.incidents;
