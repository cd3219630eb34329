/**
 * Resilience scans as data: instruments (versioned YAML), measurements (0-, 1-meting) answered per section by
 * colleagues of several departments, scoring into a phase per pillar, comparison, reports, and gaps turned into
 * actions of the action plan.
 */
package nl.weerbaar.assessments;
