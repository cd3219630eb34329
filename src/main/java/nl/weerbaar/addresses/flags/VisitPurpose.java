package nl.weerbaar.addresses.flags;

/**
 * Why an employee checks an address in the verwijsindex (doelbinding, as ADR 0711 asks of registry lookups): the
 * verwijsindex's own purposes, recorded with every lookup (ADR 1012).
 */
enum VisitPurpose {
    HOME_VISIT,
    COUNTER_CONTACT
}
