/**
 * Analyses and dashboards over incidents: a read model fed by the incident events (never the incident
 * tables), counts and trends per period and dimension with the small-number rule, follow-up health, the
 * benchmark across opted-in municipalities, exports and the quarterly report.
 */
package nl.weerbaar.insights;
