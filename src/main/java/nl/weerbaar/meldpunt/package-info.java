/**
 * Meldpunt: a safe place to report suspicions of integrity breaches and undermining, anonymously if wanted, with a
 * receipt code to come back with and two-way contact with the municipality's recipients. Report content and
 * attachments are encrypted with a key per report (ADR 0600); an anonymous report keeps no address, user agent or
 * time of day (ADR 0601).
 */
package nl.weerbaar.meldpunt;
