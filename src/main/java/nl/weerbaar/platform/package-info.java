/**
 * The platform every feature stands on: municipalities (tenants) and their row-level isolation,
 * departments, positions, users and roles, login, the audit log, layout, i18n, mail and jobs.
 *
 * <p>Public surface: {@link nl.weerbaar.platform.TenantContext}, {@link nl.weerbaar.platform.CurrentUser},
 * {@link nl.weerbaar.platform.Role}, {@link nl.weerbaar.platform.AuditLog} (with {@link nl.weerbaar.platform.CaseRead}
 * for refused reads),
 * {@link nl.weerbaar.platform.Organisation}, {@link nl.weerbaar.platform.NavigationItem},
 * {@link nl.weerbaar.platform.Notifier}, {@link nl.weerbaar.platform.SmallCells} (small-number suppression),
 * {@link nl.weerbaar.platform.FileCipher} and {@link nl.weerbaar.platform.ContentSniffer} (files at rest),
 * {@link nl.weerbaar.platform.DutchTime}, {@link nl.weerbaar.platform.DutchCalendar} and
 * {@link nl.weerbaar.platform.DateInput} (time, working days, typed dates),
 * {@link nl.weerbaar.platform.CsvReader} (CSV files as HR systems and spreadsheets write them),
 * {@link nl.weerbaar.platform.YamlChecks} (checked YAML content, problems per line),
 * {@link nl.weerbaar.platform.MunicipalityJob} (scheduled jobs per municipality: reminders, escalations, digests),
 * {@link nl.weerbaar.platform.Confirmation} (the confirmation step before an action that cannot be undone),
 * {@link nl.weerbaar.platform.Approvals} and {@link nl.weerbaar.platform.ApprovalDecided} (four eyes: changes that
 * wait for a second person),
 * {@link nl.weerbaar.platform.PdfDocuments} (every PDF: accessible, from a template, in the municipality's theme).
 * Everything in sub-packages is internal.
 */
package nl.weerbaar.platform;
