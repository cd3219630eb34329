package nl.weerbaar.addresses.signals;

/**
 * Why a person opens an address page (doelbinding): the purposes of the registry lookup (ADR 0711), with the same
 * labels ({@code registries.lookup.purpose.<name>}), and a free-text reference.
 */
public enum Purpose {
    BIBOB,
    UNDERMINING_SIGNAL,
    PERMIT_APPLICATION,
    INTEGRITY_REPORT,
    ENFORCEMENT
}
