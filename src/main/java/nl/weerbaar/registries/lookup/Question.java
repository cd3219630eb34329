package nl.weerbaar.registries.lookup;

import nl.weerbaar.registries.AddressKey;

/**
 * A checked lookup: its purpose and reference, and exactly one of an address, a KVK number or a name.
 *
 * @param reference the free-text reference (case number, application number); never blank
 */
record Question(Purpose purpose, String reference, AddressKey address, String kvkNumber, String name) {

    /** The audit log's object type for this lookup. */
    String auditType() {
        return address != null ? "registries-address" : "registries-business";
    }

    /** What was looked up, as the audit log names it: {@code 9999XA 12 A}, {@code kvk 90004973}, {@code name bakkerij}. */
    String auditId() {
        if (address != null) {
            return address.text();
        }
        return kvkNumber != null ? "kvk " + kvkNumber : "name " + name;
    }

    /** The purpose as the audit log keeps it: the purpose in words and the reference. */
    String auditPurpose() {
        return "lookup for " + nl.weerbaar.platform.AuditLog.words(purpose.name()) + ": " + reference;
    }
}
