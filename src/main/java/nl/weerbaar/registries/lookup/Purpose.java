package nl.weerbaar.registries.lookup;

/** Why a person looks up an address or a business (doelbinding, ADR 0711): a fixed list, with a free-text reference. */
enum Purpose {
    BIBOB,
    UNDERMINING_SIGNAL,
    PERMIT_APPLICATION,
    INTEGRITY_REPORT,
    ENFORCEMENT
}
