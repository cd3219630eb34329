/**
 * Keeping attention alive: the awareness hub (news, where to report, who the confidants are, the norm), its
 * embeddable page and feeds for the intranet, and the coordinator's programme calendar.
 */
package nl.weerbaar.awareness;
